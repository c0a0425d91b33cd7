import Autograd

extension Interpreter {
    /// Renders the parts of an f-string.
    func formatParts(_ parts: [FormattedStringPart], in frame: Frame) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .replacement(let field):
                let value = try evaluate(field.expression, in: frame)
                let spec = try field.formatSpec.map { try formatParts($0, in: frame) } ?? ""
                switch field.conversion {
                case .repr?: out += try format(.string(try repr(value)), spec)
                case .str?: out += try format(.string(try str(value)), spec)
                case .ascii?: out += try format(.string(try repr(value)), spec)
                case nil: out += try format(value, spec)
                }
            }
        }
        return out
    }

    /// `format(value, spec)`.
    func format(_ value: Value, _ spec: String) throws -> String {
        switch value {
        case .tensor(let t):
            if t.dim == 0 { return try format(scalarValue(t.element(at: 0)), spec) }
            guard spec.isEmpty else {
                throw PythonError(.typeError, "unsupported format string passed to Tensor.__format__")
            }
            return try tensorRepr(t)
        case .object(let o) where o.hasHeapType:
            if let r = try callUserMethod(value, "__format__", [.string(spec)]) {
                guard case .string(let s) = r else {
                    throw PythonError(.typeError, "__format__ must return a str, not \(r.typeName)")
                }
                return s
            }
            if case .object(let instance as Instance) = value, let payload = instance.payload {
                return try format(payload, spec)
            }
            if spec.isEmpty { return try str(value) }
            throw PythonError(.typeError, "unsupported format string passed to \(o.pythonType.qualifiedName).__format__")
        default:
            if spec.isEmpty { return try str(value) }
            return try FormatSpec.apply(spec, to: value, interpreter: self)
        }
    }

    func scalarValue(_ s: Scalar) -> Value {
        switch s {
        case .float(let d): .float(d)
        case .int(let i): .int(Int(i))
        case .bool(let b): .bool(b)
        }
    }
}

/// Python's format-specification mini-language: `[[fill]align][sign][#][0][width][,][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    /// `#`: a `0x`/`0o`/`0b` prefix on integers.
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    static func parse(_ spec: String) throws -> FormatSpec {
        var s = FormatSpec()
        var chars = Array(spec)
        var i = 0
        if chars.count >= 2, "<>^=".contains(chars[1]) {
            s.fill = chars[0]
            s.align = chars[1]
            i = 2
        } else if let first = chars.first, "<>^=".contains(first) {
            s.align = first
            i = 1
        }
        if i < chars.count, "+- ".contains(chars[i]) {
            s.sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "#" {
            s.alternate = true
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            s.zeroPad = true
            i += 1
        }
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
            digits.append(chars[i])
            i += 1
        }
        s.width = min(Int(digits) ?? 0, 10_000)
        if i < chars.count, chars[i] == "," || chars[i] == "_" {
            s.grouping = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                p.append(chars[i])
                i += 1
            }
            guard !p.isEmpty else { throw PythonError(.valueError, "Format specifier missing precision") }
            s.precision = min(Int(p) ?? 0, 1_000)
        }
        if i < chars.count {
            s.type = chars[i]
            i += 1
        }
        if i < chars.count {
            chars = Array(chars[i...])
            throw PythonError(.valueError, "Invalid format specifier '\(spec)' for object of type")
        }
        return s
    }

    static func apply(_ spec: String, to value: Value, interpreter: Interpreter) throws -> String {
        let s = try parse(spec)
        switch value {
        case .int(let i): return try s.formatInteger(BigInteger(i))
        case .bigInt(let b): return try s.formatInteger(b)
        case .bool(let b):
            return try s.type == nil ? s.pad(b ? "True" : "False", numeric: false) : s.formatInteger(BigInteger(b ? 1 : 0))
        case .float(let d): return try s.formatFloat(d)
        case .string(let text):
            if let t = s.type, t != "s" {
                throw PythonError(.valueError, "Unknown format code '\(t)' for object of type 'str'")
            }
            let cut = s.precision.map { String(text.prefix($0)) } ?? text
            return s.pad(cut, numeric: false)
        default:
            throw PythonError(.typeError, "unsupported format string passed to \(value.typeName).__format__")
        }
    }

    private func formatInteger(_ value: BigInteger) throws -> String {
        let lead = signed("", negative: value.isNegative)
        switch type {
        case nil, "d"?, "n"?:
            return padInteger(lead: lead, body: group(try IntegerArithmetic.decimalString(value.magnitude), every: 3))
        case let t? where "xXob".contains(t):
            if grouping == "," { throw PythonError(.valueError, "Cannot specify ',' with '\(t)'.") }
            let radix = t == "o" ? 8 : t == "b" ? 2 : 16
            let digits = group(value.magnitudeString(radix: radix), every: 4)
            let prefix = alternate ? "0" + String(t) : ""
            return padInteger(lead: lead + prefix, body: t == "X" ? digits.uppercased() : digits)
        case "e"?, "E"?, "f"?, "F"?, "g"?, "G"?, "%"?: return try formatFloat(try IntegerArithmetic.double(value))
        case "c"?:
            guard let code = value.intValue else { throw IntegerMessages.tooLargeForLong() }
            guard let scalar = UInt32(exactly: code).flatMap(UnicodeScalar.init) else {
                throw PythonError(.overflowError, "%c arg not in range(0x110000)")
            }
            return pad(String(Character(scalar)), numeric: false)
        case let t?:
            throw PythonError(.valueError, "Unknown format code '\(t)' for object of type 'int'")
        }
    }

    /// Pads a number whose sign and radix prefix (`lead`) stay in front of `=` padding and zeros.
    private func padInteger(lead: String, body: String) -> String {
        let padding = width - lead.count - body.count
        guard padding > 0, (align ?? (zeroPad ? "=" : ">")) == "=" else { return pad(lead + body, numeric: true) }
        let fillChar: Character = (zeroPad && align == nil) ? "0" : fill
        return lead + String(repeating: fillChar, count: padding) + body
    }

    private func formatFloat(_ d: Double) throws -> String {
        let body: String
        let magnitude = abs(d)
        switch type {
        case "f"?, "F"?: body = NumberFormat.fixed(magnitude, digits: precision ?? 6)
        case "e"?, "E"?: body = NumberFormat.scientific(magnitude, digits: precision ?? 6)
        case "g"?, "G"?: body = NumberFormat.general(magnitude, digits: precision ?? 6)
        case "%"?: body = NumberFormat.fixed(magnitude * 100, digits: precision ?? 6) + "%"
        case nil:
            if let p = precision {
                body = NumberFormat.general(magnitude, digits: max(p, 1)).withPythonGeneralDefaults()
            } else {
                body = PythonFloat.repr(magnitude)
            }
        case let t?:
            throw PythonError(.valueError, "Unknown format code '\(t)' for object of type 'float'")
        }
        var text = grouping != nil ? groupFloat(body) : body
        if type == "E" || type == "G" || type == "F" { text = text.uppercased() }
        return pad(signed(text, negative: d.sign == .minus && !d.isNaN), numeric: true)
    }

    /// Inserts the grouping separator every `every` digits from the right.
    private func group(_ digits: String, every: Int = 3) -> String {
        guard let separator = grouping else { return digits }
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % every == 0 { out.append(separator) }
            out.append(c)
        }
        return String(out.reversed())
    }

    private func groupFloat(_ text: String) -> String {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard let head = parts.first, head.allSatisfy(\.isNumber) else { return text }
        return group(String(head)) + (parts.count > 1 ? "." + parts[1] : "")
    }

    private func signed(_ text: String, negative: Bool) -> String {
        if negative { return "-" + text }
        switch sign {
        case "+": return "+" + text
        case " ": return " " + text
        default: return text
        }
    }

    func pad(_ text: String, numeric: Bool) -> String {
        let count = text.count
        guard width > count else { return text }
        let padding = width - count
        let alignment = align ?? (zeroPad && numeric ? "=" : (numeric ? ">" : "<"))
        let fillChar: Character = (zeroPad && align == nil) ? "0" : fill
        switch alignment {
        case "<": return text + String(repeating: fillChar, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fillChar, count: left) + text + String(repeating: fillChar, count: padding - left)
        case "=":
            if let first = text.first, "+- ".contains(first) {
                return String(first) + String(repeating: fillChar, count: padding) + text.dropFirst()
            }
            return String(repeating: fillChar, count: padding) + text
        default: return String(repeating: fillChar, count: padding) + text
        }
    }
}

extension String {
    /// Python's `format(x, '.3')`: like `g`, but keeps at least one digit after the point.
    func withPythonGeneralDefaults() -> String {
        if contains(".") || contains("e") || contains("n") || contains("i") { return self }
        return self + ".0"
    }
}
