import JSON

/// nbformat's conventions on top of the shared JSON value.
extension JSONValue {
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

    /// The document as nbformat writes it (`json.dumps(nb, sort_keys=True, indent=1,
    /// ensure_ascii=False)` and a newline); numbers keep the text they were read with.
    var notebookText: String { written(indent: 1) + "\n" }
}
