import Autograd

/// Python's format-specification mini-language:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, with CPython's checks.
struct FormatSpec {
    var fill: Character = " "
    /// Whether a fill character was written (then `0` before the width does not change it).
    var fillGiven = false
    var align: Character?
    var sign: Character = "-"
    var signGiven = false
    /// `z`: a negative zero prints as zero (floats only).
    var coerceZero = false
    /// `#`: a `0x`/`0o`/`0b` prefix on integers, a decimal point that is always there on floats.
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    static func parse(_ spec: String, typeName: String) throws -> FormatSpec {
        var s = FormatSpec()
        let chars = Array(spec)
        var i = 0
        func take(_ allowed: String) -> Character? {
            guard i < chars.count, allowed.contains(chars[i]) else { return nil }
            i += 1
            return chars[i - 1]
        }
        func digits() throws -> Int? {
            let start = i
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
            guard i > start else { return nil }
            guard let n = Int(String(chars[start..<i])) else { throw FormatSpecMessages.tooManyDigits() }
            return n
        }
        if chars.count >= 2, "<>^=".contains(chars[1]) {
            (s.fill, s.fillGiven, s.align) = (chars[0], true, chars[1])
            i = 2
        } else {
            s.align = take("<>^=")
        }
        if let sign = take("+- ") { (s.sign, s.signGiven) = (sign, true) }
        s.coerceZero = take("z") != nil
        s.alternate = take("#") != nil
        s.zeroPad = take("0") != nil
        s.width = try digits() ?? 0
        s.grouping = take(",_")
        if take(".") != nil {
            guard let p = try digits() else { throw PythonError(.valueError, "Format specifier missing precision") }
            s.precision = p
        }
        if i < chars.count {
            s.type = chars[i]
            i += 1
        }
        guard i == chars.count else {
            throw PythonError(.valueError, "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        return s
    }

    static func apply(_ spec: String, to value: Value, interpreter: Interpreter) throws -> String {
        let s = try parse(spec, typeName: value.typeName)
        if case .string = value { try s.checkGrouping(defaultType: "s") } else { try s.checkGrouping(defaultType: nil) }
        try interpreter.reserveRoom(s.width, elementSize: 1)
        switch value {
        case .int(let i): return try s.formatInteger(BigInteger(i))
        case .bigInt(let b): return try s.formatInteger(b)
        case .bool(let b): return try s.formatInteger(BigInteger(b ? 1 : 0))
        case .float(let d):
            if let p = s.precision, s.type.map({ "eEfFgGn%".contains($0) }) ?? true {
                guard p <= Int(Int32.max) else { throw PythonError(.valueError, "precision too big") }
                try interpreter.reserveRoom(p, elementSize: 1)
            }
            return try s.formatFloat(d)
        case .string(let text):
            try s.checkString()
            let cut = s.precision.map { String(text.prefix($0)) } ?? text
            return s.pad(cut, numeric: false)
        default:
            throw PythonError(.typeError, "unsupported format string passed to \(value.typeName).__format__")
        }
    }

    private func formatInteger(_ value: BigInteger) throws -> String {
        try checkInteger()
        let lead = signed("", negative: value.isNegative)
        switch type {
        case nil, "d"?, "n"?:
            let digits = try IntegerArithmetic.decimalString(value.magnitude)
            return padInteger(lead: lead, body: group(digits, every: 3, minWidth: groupedWidth(besides: lead.count)))
        case let t? where "xXob".contains(t):
            let radix = t == "o" ? 8 : t == "b" ? 2 : 16
            let prefix = alternate ? "0" + String(t) : ""
            let digits = group(
                value.magnitudeString(radix: radix), every: 4, minWidth: groupedWidth(besides: lead.count + prefix.count))
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
        return lead + String(repeating: fillCharacter, count: padding) + body
    }

    /// Inserts the grouping separator every `every` digits from the right; with zero padding
    /// (`'020_d'`), the zeros that fill `minWidth` are grouped too, as CPython's
    /// `_PyUnicode_InsertThousandsGrouping` does (`format(1, '020_d')` is `'0_000_000_000_000_001'`).
    func group(_ digits: String, every: Int = 3, minWidth: Int = 0) -> String {
        guard let separator = grouping else { return digits }
        var rest = Substring(digits)
        var (remaining, minWidth) = (digits.count, minWidth)
        var pieces: [String] = []
        while true {
            let count = min(every, max(remaining, minWidth, 1))
            let taken = max(0, min(remaining, count))
            pieces.append(String(repeating: "0", count: max(0, count - remaining)) + rest.suffix(taken))
            rest = rest.dropLast(taken)
            remaining -= taken
            minWidth -= count
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1
        }
        return pieces.reversed().joined(separator: String(separator))
    }

    /// The width the grouped digits fill when zeros pad with a separator, else 0.
    func groupedWidth(besides others: Int) -> Int {
        let zeroFilled = fillCharacter == "0" && (align ?? (zeroPad ? "=" : ">")) == "="
        return grouping != nil && zeroFilled ? width - others : 0
    }

    /// Groups the integer part of a formatted float (`1234.5` → `1,234.5`; `'#_.0F'` keeps its point).
    func groupFloat(_ text: String, signWidth: Int) -> String {
        let head = text.prefix { $0.isASCII && $0.isNumber }
        guard !head.isEmpty else { return text }
        let tail = text.dropFirst(head.count)
        return group(String(head), minWidth: groupedWidth(besides: signWidth + tail.count)) + tail
    }

    func signed(_ text: String, negative: Bool) -> String {
        if negative { return "-" + text }
        switch sign {
        case "+": return "+" + text
        case " ": return " " + text
        default: return text
        }
    }

    /// The fill: the one written, else `0` when the width starts with `0`, else a space.
    private var fillCharacter: Character { fillGiven || !zeroPad ? fill : "0" }

    func pad(_ text: String, numeric: Bool) -> String {
        let count = text.count
        guard width > count else { return text }
        let padding = width - count
        let alignment = align ?? (zeroPad && numeric ? "=" : (numeric ? ">" : "<"))
        let fillChar = fillCharacter
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
