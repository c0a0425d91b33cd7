/// Any JSON document, kept exactly enough to write a notebook back out: numbers that are not
/// 64-bit integers keep their text (`1.0`, `-0.0`, `123456789012345678901234567890`), so a
/// notebook's metadata round-trips unchanged.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// A number as written in the document, when it is not an integer that fits in `Int`.
    case number(String)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// nbformat's multiline strings: a string or a list of strings.
    var text: String? {
        switch self {
        case .string(let s): return s
        case .array(let parts): return parts.compactMap(\.stringValue).joined()
        default: return nil
        }
    }

    /// nbformat's way of storing text: one string per line, each keeping its newline.
    static func lines(_ text: String) -> JSONValue {
        var parts: [JSONValue] = []
        var current = ""
        for ch in text {
            current.append(ch)
            if ch == "\n" {
                parts.append(.string(current))
                current = ""
            }
        }
        if !current.isEmpty { parts.append(.string(current)) }
        return .array(parts)
    }
}
