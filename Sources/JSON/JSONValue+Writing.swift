extension JSONValue {
    /// The document as Python's `json.dumps(value, sort_keys=True, ensure_ascii=False)` writes it
    /// with `indent` (nbformat uses 1), or compact (`,` and `:` with no spaces) when `indent` is nil.
    /// Keys are sorted by code point; numbers keep the text they were read with.
    public func written(indent: Int?) -> String {
        var out = ""
        write(to: &out, indent: indent, depth: 0)
        return out
    }

    /// The compact document as UTF-8 bytes, as the messaging protocol sends (and signs) it.
    public var compactBytes: [UInt8] { Array(written(indent: nil).utf8) }

    private func write(to out: inout String, indent: Int?, depth: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .integer(let i): out.append(String(i))
        case .number(let text): out.append(text)
        case .string(let s): Self.quote(s, to: &out)
        case .array(let items):
            Self.writeContainer(items, ("[", "]"), to: &out, indent: indent, depth: depth) { item, out in
                item.write(to: &out, indent: indent, depth: depth + 1)
            }
        case .object(let members):
            // Python sorts keys by code point.
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            Self.writeContainer(keys, ("{", "}"), to: &out, indent: indent, depth: depth) { key, out in
                Self.quote(key, to: &out)
                out.append(indent == nil ? ":" : ": ")
                members[key]?.write(to: &out, indent: indent, depth: depth + 1)
            }
        }
    }

    /// Brackets around the items, each on its own line indented one step deeper when indenting.
    private static func writeContainer<Item>(
        _ items: [Item], _ brackets: (open: String, close: String), to out: inout String, indent: Int?, depth: Int,
        _ writeItem: (Item, inout String) -> Void
    ) {
        guard !items.isEmpty else { return out.append(brackets.open + brackets.close) }
        out.append(brackets.open)
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(",") }
            if let indent { out.append("\n" + String(repeating: " ", count: indent * (depth + 1))) }
            writeItem(item, &out)
        }
        if let indent { out.append("\n" + String(repeating: " ", count: indent * depth)) }
        out.append(brackets.close)
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
