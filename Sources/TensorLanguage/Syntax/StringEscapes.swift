/// Why a backslash escape could not be decoded, in CPython's words.
struct EscapeFailure: Error {
    var message: String
}

/// Decodes Python backslash escapes in the body of a non-raw string literal.
enum StringEscapes {
    /// Returns the decoded text; lone surrogates (`\ud800`) become U+FFFD.
    static func decode(_ body: [Unicode.Scalar]) -> Result<String, EscapeFailure> {
        var result = String.UnicodeScalarView()
        var index = 0
        while index < body.count {
            let scalar = body[index]
            guard scalar == "\\", index + 1 < body.count else {
                result.append(scalar)
                index += 1
                continue
            }
            let escape = body[index + 1]
            if let simple = simpleEscape(escape) {
                if let simple { result.append(simple) }
                index += 2
                continue
            }
            switch escape {
            case "0"..."7":
                var value: UInt32 = 0
                var end = index + 1
                while end < body.count, end < index + 4, let digit = octalValue(body[end]) {
                    value = value * 8 + digit
                    end += 1
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index = end
            case "x", "u", "U":
                let width = escape == "x" ? 2 : escape == "u" ? 4 : 8
                switch hexEscape(body, at: index, width: width) {
                case .success(let decoded):
                    result.append(decoded)
                    index += 2 + width
                case .failure(let failure):
                    return .failure(failure)
                }
            case "N":
                return .failure(namedEscapeFailure(body, at: index))
            default:
                // Unknown escapes are kept as written (CPython only warns).
                result.append(scalar)
                index += 1
            }
        }
        return .success(String(result))
    }

    /// `nil` when `escape` is not simple; `.some(nil)` for a line continuation.
    private static func simpleEscape(_ escape: Unicode.Scalar) -> Unicode.Scalar?? {
        switch escape {
        case "\n": .some(nil)
        case "\\": "\\"
        case "'": "'"
        case "\"": "\""
        case "a": "\u{07}"
        case "b": "\u{08}"
        case "f": "\u{0C}"
        case "n": "\n"
        case "r": "\r"
        case "t": "\t"
        case "v": "\u{0B}"
        default: nil
        }
    }

    private static func octalValue(_ scalar: Unicode.Scalar) -> UInt32? {
        scalar >= "0" && scalar <= "7" ? scalar.value - 48 : nil
    }

    private static func hexEscape(_ body: [Unicode.Scalar], at index: Int, width: Int)
        -> Result<Unicode.Scalar, EscapeFailure>
    {
        var value: UInt32 = 0
        var consumed = 0
        while consumed < width, index + 2 + consumed < body.count,
            let digit = Lexer.digitValue(body[index + 2 + consumed])
        {
            value = value &* 16 &+ UInt32(digit)
            consumed += 1
        }
        let start = byteOffset(body, index)
        guard consumed == width else {
            let end = byteOffset(body, index + 1 + consumed)
            let name = width == 2 ? "\\xXX" : width == 4 ? "\\uXXXX" : "\\UXXXXXXXX"
            return .failure(codecFailure(start, end, "truncated \(name) escape"))
        }
        guard value <= 0x10FFFF else {
            let end = byteOffset(body, index + 1 + width)
            return .failure(codecFailure(start, end, "illegal Unicode character"))
        }
        return .success(Unicode.Scalar(value) ?? "\u{FFFD}")
    }

    private static func namedEscapeFailure(_ body: [Unicode.Scalar], at index: Int) -> EscapeFailure {
        let start = byteOffset(body, index)
        guard index + 2 < body.count, body[index + 2] == "{",
            let close = body[(index + 2)...].firstIndex(of: "}")
        else {
            return codecFailure(
                start, byteOffset(body, index + 1), "malformed \\N character escape")
        }
        return codecFailure(start, byteOffset(body, close), "unknown Unicode character name")
    }

    private static func codecFailure(_ start: Int, _ end: Int, _ reason: String) -> EscapeFailure {
        EscapeFailure(
            message:
                "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end): \(reason)"
        )
    }

    /// The UTF-8 offset of `index` in `body`, as CPython's codec reports positions.
    private static func byteOffset(_ body: [Unicode.Scalar], _ index: Int) -> Int {
        body.prefix(max(0, min(index, body.count))).reduce(0) { $0 + UTF8.width($1) }
    }
}
