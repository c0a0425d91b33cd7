/// `str.format(*args, **kwargs)` as CPython's `Objects/stringlib/unicode_format.h` reads the
/// template: `{{`/`}}` escapes, fields `{name.attr[key]!conv:spec}` with automatic or manual
/// numbering (not both), and one level of fields nested in a spec (`{:{width}}`).
struct StringFormatMethod {
    private enum Numbering { case none, automatic, manual }

    private let args: Arguments
    private unowned let interpreter: Interpreter
    private var numbering = Numbering.none
    private var nextIndex = 0

    static func format(_ template: String, _ args: Arguments, _ interpreter: Interpreter) throws -> String {
        var method = StringFormatMethod(args: args, interpreter: interpreter)
        return try method.render(Array(template), depth: 2)
    }

    private init(args: Arguments, interpreter: Interpreter) {
        self.args = args
        self.interpreter = interpreter
    }

    private mutating func render(_ chars: [Character], depth: Int) throws -> String {
        guard depth > 0 else { throw PythonError(.valueError, "Max string recursion exceeded") }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let doubled = i + 1 < chars.count && chars[i + 1] == c
            if c == "}" {
                guard doubled else { throw PythonError(.valueError, "Single '}' encountered in format string") }
                out.append(c)
                i += 2
            } else if c != "{" {
                out.append(c)
                i += 1
            } else if doubled {
                out.append(c)
                i += 2
            } else {
                guard i + 1 < chars.count else {
                    throw PythonError(.valueError, "Single '{' encountered in format string")
                }
                let field = try Field(chars, from: i + 1)
                var value = try lookUp(Array(chars[field.name]))
                if let conversion = field.conversion { value = try convert(value, conversion) }
                let spec = field.spec.isEmpty ? "" : try render(Array(chars[field.spec]), depth: depth - 1)
                out += try interpreter.format(value, spec)
                i = field.end
            }
        }
        return out
    }

    private func convert(_ value: Value, _ conversion: Character) throws -> Value {
        switch conversion {
        case "r": return .string(try interpreter.repr(value))
        case "a": return .string(try interpreter.ascii(value))
        case "s": return .string(try interpreter.str(value))
        default: throw PythonError(.valueError, "Unknown conversion specifier \(conversion)")
        }
    }

    /// `name`, then any `.attribute` and `[key]` after it.
    private mutating func lookUp(_ name: [Character]) throws -> Value {
        let headEnd = name.firstIndex { $0 == "." || $0 == "[" } ?? name.count
        let head = String(name[..<headEnd])
        var value = try argument(head)
        var i = headEnd
        while i < name.count {
            if name[i] == "." {
                let end = name[(i + 1)...].firstIndex { $0 == "." || $0 == "[" } ?? name.count
                guard end > i + 1 else { throw PythonError(.valueError, "Empty attribute in format string") }
                value = try interpreter.getAttribute(value, String(name[(i + 1)..<end]))
                i = end
            } else {
                guard let close = name[i...].firstIndex(of: "]") else {
                    throw PythonError(.valueError, "Missing ']' in format string")
                }
                let key = String(name[(i + 1)..<close])
                guard !key.isEmpty else { throw PythonError(.valueError, "Empty attribute in format string") }
                value = try interpreter.getItem(value, Int(key).map(Value.int) ?? .string(key))
                i = close + 1
                guard i == name.count || name[i] == "." || name[i] == "[" else {
                    throw PythonError(.valueError, "Only '.' or '[' may follow ']' in format field specifier")
                }
            }
        }
        return value
    }

    private mutating func argument(_ head: String) throws -> Value {
        if head.isEmpty || head.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let index: Int
            if head.isEmpty {
                guard numbering != .manual else {
                    throw PythonError(
                        .valueError, "cannot switch from manual field specification to automatic field numbering")
                }
                numbering = .automatic
                index = nextIndex
                nextIndex += 1
            } else {
                guard numbering != .automatic else {
                    throw PythonError(
                        .valueError, "cannot switch from automatic field numbering to manual field specification")
                }
                numbering = .manual
                guard let n = Int(head) else { throw PythonError(.valueError, "Too many decimal digits in format string") }
                index = n
            }
            guard index < args.positional.count else {
                throw PythonError(.indexError, "Replacement index \(index) out of range for positional args tuple")
            }
            return args.positional[index]
        }
        guard let v = args.keywords.first(where: { $0.name == head })?.value else {
            throw PythonError(ExceptionObject(.keyError, args: [.string(head)], interpreter: interpreter))
        }
        return v
    }
}

/// Where one replacement field's parts are, read as CPython's `parse_field` reads them.
private struct Field {
    var name: Range<Int>
    var conversion: Character?
    var spec: Range<Int>
    /// The index just past the field's closing brace.
    var end: Int

    init(_ chars: [Character], from start: Int) throws {
        var i = start
        var stop: Character?
        while i < chars.count {
            let c = chars[i]
            i += 1
            if c == "{" { throw PythonError(.valueError, "unexpected '{' in field name") }
            if c == "[" {
                while i < chars.count && chars[i] != "]" { i += 1 }
                continue
            }
            if c == "}" || c == ":" || c == "!" {
                stop = c
                break
            }
        }
        name = start..<(stop == nil ? i : i - 1)
        spec = i..<i
        end = i
        switch stop {
        case "}"?: return
        case nil: throw PythonError(.valueError, "expected '}' before end of string")
        default: break
        }
        if stop == "!" {
            guard i < chars.count else {
                throw PythonError(.valueError, "end of string while looking for conversion specifier")
            }
            conversion = chars[i]
            i += 1
            if i < chars.count {
                i += 1
                if chars[i - 1] == "}" {
                    (spec, end) = (i..<i, i)
                    return
                }
                guard chars[i - 1] == ":" else { throw PythonError(.valueError, "expected ':' after conversion specifier") }
            }
        }
        var level = 1
        let specStart = i
        while i < chars.count {
            if chars[i] == "{" { level += 1 }
            if chars[i] == "}" { level -= 1 }
            i += 1
            if level == 0 {
                (spec, end) = (specStart..<(i - 1), i)
                return
            }
        }
        throw PythonError(.valueError, "unmatched '{' in format spec")
    }
}
