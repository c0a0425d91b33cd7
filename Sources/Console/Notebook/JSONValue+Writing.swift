extension JSONValue {
    /// The document as nbformat writes it (`json.dumps(nb, sort_keys=True, indent=1,
    /// ensure_ascii=False)` and a newline); numbers keep the text they were read with.
    var notebookText: String {
        var out = ""
        write(to: &out, indent: 0)
        out.append("\n")
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .integer(let i): out.append(String(i))
        case .number(let text): out.append(text)
        case .string(let s): Self.quote(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append("[")
            for (i, item) in items.enumerated() {
                out.append(i == 0 ? "\n" : ",\n")
                out.append(String(repeating: " ", count: indent + 1))
                item.write(to: &out, indent: indent + 1)
            }
            out.append("\n" + String(repeating: " ", count: indent) + "]")
        case .object(let members):
            guard !members.isEmpty else { return out.append("{}") }
            out.append("{")
            // Python sorts keys by code point.
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (i, key) in keys.enumerated() {
                out.append(i == 0 ? "\n" : ",\n")
                out.append(String(repeating: " ", count: indent + 1))
                Self.quote(key, to: &out)
                out.append(": ")
                members[key]?.write(to: &out, indent: indent + 1)
            }
            out.append("\n" + String(repeating: " ", count: indent) + "}")
        }
    }

    /// A string literal as Python's `json` writes it with `ensure_ascii=False`.
    private static func quote(_ s: String, to out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
