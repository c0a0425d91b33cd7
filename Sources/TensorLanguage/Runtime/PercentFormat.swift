/// `"…" % args`: CPython's printf-style string formatting, rendered through the format-spec
/// mini-language so numbers print exactly as `format()` prints them.
struct PercentFormat {
    private let text: [Character]
    private var position = 0
    private var arguments: [Value]
    private var nextArgument = 0
    private let mapping: DictBox?
    private unowned let interpreter: Interpreter

    /// `a % b` when `a` is a str; nil otherwise.
    static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .modulo, case .string(let format) = a else { return nil }
        var formatter = PercentFormat(format, b, interpreter)
        return .string(try formatter.render())
    }

    private init(_ format: String, _ args: Value, _ interpreter: Interpreter) {
        text = Array(format)
        self.interpreter = interpreter
        switch args {
        case .tuple(let items):
            arguments = items
            mapping = nil
        case .dict(let d):
            arguments = [args]
            mapping = d
        default:
            arguments = [args]
            mapping = nil
        }
    }

    private mutating func render() throws -> String {
        var out = ""
        var usedMapping = false
        while position < text.count {
            let c = text[position]
            position += 1
            guard c == "%" else {
                out.append(c)
                continue
            }
            let (piece, keyed) = try conversion()
            usedMapping = usedMapping || keyed
            out += piece
        }
        if nextArgument < arguments.count && !usedMapping && mapping == nil {
            throw PythonError(.typeError, "not all arguments converted during string formatting")
        }
        return out
    }

    private mutating func take() throws -> Value {
        guard nextArgument < arguments.count else {
            throw PythonError(.typeError, "not enough arguments for format string")
        }
        defer { nextArgument += 1 }
        return arguments[nextArgument]
    }

    private mutating func peekCharacter() throws -> Character {
        guard position < text.count else { throw PythonError(.valueError, "incomplete format") }
        return text[position]
    }

    /// One `%[(key)][flags][width][.precision]type`; the result and whether it read the mapping.
    private mutating func conversion() throws -> (String, Bool) {
        let start = position - 1
        var value: Value?
        if try peekCharacter() == "(" {
            value = try keyedValue()
        }
        var flags = Set<Character>()
        while let c = try? peekCharacter(), "-+ #0".contains(c) {
            flags.insert(c)
            position += 1
        }
        let width = try number()
        var precision: Int?
        if try peekCharacter() == "." {
            position += 1
            precision = try number() ?? 0
        }
        let type = try peekCharacter()
        position += 1
        if type == "%" && value == nil { return ("%", false) }
        let keyed = value != nil
        let argument = try value ?? take()
        return (try convert(argument, type, flags, width, precision, at: start), keyed)
    }

    private mutating func keyedValue() throws -> Value {
        guard let mapping else { throw PythonError(.typeError, "format requires a mapping") }
        position += 1
        var depth = 1
        var key = ""
        while depth > 0 {
            let c = try peekCharacter()
            position += 1
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            if depth > 0 { key.append(c) }
        }
        guard let v = try mapping.get(.string(key)) else {
            throw PythonError(ExceptionObject(.keyError, args: [.string(key)], interpreter: interpreter))
        }
        return v
    }

    /// A width or precision: digits, or `*` taken from the arguments.
    private mutating func number() throws -> Int? {
        if try peekCharacter() == "*" {
            position += 1
            let v = try take()
            guard case .int(let n) = v.asInt else { throw PythonError(.typeError, "* wants int") }
            return n
        }
        var digits = ""
        while let c = try? peekCharacter(), c.isASCII, c.isNumber {
            digits.append(c)
            position += 1
        }
        return digits.isEmpty ? nil : Int(digits)
    }

    private func convert(
        _ value: Value, _ type: Character, _ flags: Set<Character>, _ width: Int?, _ precision: Int?, at index: Int
    ) throws -> String {
        let leftAligned = flags.contains("-") || (width ?? 0) < 0
        var spec = leftAligned ? "<" : ">"
        let width = width.map(abs)
        switch type {
        case "s", "r", "a":
            var s = type == "s" ? try interpreter.str(value) : try interpreter.repr(value)
            if let precision { s = String(s.prefix(precision)) }
            return try interpreter.format(.string(s), spec + (width.map(String.init) ?? ""))
        case "c":
            return try interpreter.format(.string(try character(value)), spec + (width.map(String.init) ?? ""))
        case "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G":
            if flags.contains("0") && !flags.contains("-") { spec = "" }
            if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
            if flags.contains("#") && "oxXeEfFgG".contains(type) { spec += "#" }
            if flags.contains("0") && !flags.contains("-") { spec += "0" }
            if let width { spec += String(width) }
            let number = try numeric(value, type)
            if "eEfFgG".contains(type) {
                spec += ".\(precision ?? 6)\(type)"
                return try interpreter.format(number, spec)
            }
            if let precision {
                return try integer(number, type, leftAligned ? flags.union(["-"]) : flags, width ?? 0, precision)
            }
            return try interpreter.format(number, spec + (type == "o" || type == "x" || type == "X" ? String(type) : "d"))
        default:
            let code = String(type.unicodeScalars.first?.value ?? 0, radix: 16)
            throw PythonError(.valueError, "unsupported format character '\(type)' (0x\(code)) at index \(index + 1)")
        }
    }

    /// `%.5d`, `%#.2x`: an int with at least `precision` digits, after its sign and `0x`/`0o`
    /// prefix, as CPython's `_PyUnicode_FormatLong` (`'%#.2x' % -1` is `'-0x01'`); the `0` flag
    /// fills the width with zeros there too, and `-` (or a negative `*` width) aligns left.
    private func integer(_ number: Value, _ type: Character, _ flags: Set<Character>, _ width: Int, _ precision: Int) throws
        -> String
    {
        let value = RandomModule.bigInteger(number) ?? .zero
        let radix = type == "o" ? 8 : ("xX".contains(type) ? 16 : 10)
        var digits = value.magnitudeString(radix: radix)
        if type == "X" { digits = digits.uppercased() }
        try interpreter.reserveRoom(max(precision, width), elementSize: 1)
        digits = digits.leftPadded(to: precision, with: "0")
        let sign = value.isNegative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : ""
        let prefix = flags.contains("#") && type != "d" && type != "i" && type != "u" ? "0\(type)" : ""
        let body = sign + prefix + digits
        if flags.contains("-") { return body.rightPadded(to: width) }
        if flags.contains("0") { return sign + prefix + digits.leftPadded(to: width - sign.count - prefix.count, with: "0") }
        return body.leftPadded(to: width)
    }

    private func numeric(_ value: Value, _ type: Character) throws -> Value {
        switch value {
        case .int, .bigInt: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if "eEfFgG".contains(type) { return value }
            if "oxX".contains(type) {
                throw PythonError(.typeError, "%\(type) format: an integer is required, not float")
            }
            return try IntegerArithmetic.integer(truncating: d.rounded(.towardZero))
        case .tensor(let t) where t.numel == 1:
            return try numeric(interpreter.scalarValue(t.element(at: 0)), type)
        default:
            let what = "oxX".contains(type) ? "an integer" : "a real number"
            throw PythonError(.typeError, "%\(type) format: \(what) is required, not \(value.typeName)")
        }
    }

    private func character(_ value: Value) throws -> String {
        switch value {
        case .string(let s) where s.count == 1: return s
        case .int(let i):
            guard i >= 0, i < 0x11_0000, let scalar = Unicode.Scalar(UInt32(i)) else {
                throw PythonError(.overflowError, "%c arg not in range(0x110000)")
            }
            return String(Character(scalar))
        default: throw PythonError(.typeError, "%c requires int or char")
        }
    }
}
