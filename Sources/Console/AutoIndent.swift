/// The indentation a continuation line starts with, as IPython and CPython 3.13 give it.
enum AutoIndent {
    static let step = "    "

    /// One level deeper after a line ending in `:`, one shallower after `return`, `pass`, `break`,
    /// `continue` or `raise`, otherwise the indentation of the line before.
    static func indent(after lines: [String]) -> String {
        guard let last = lines.last else { return "" }
        let leading = String(last.prefix { $0 == " " || $0 == "\t" })
        let code = withoutComment(last).trimmingCharacters()
        if code.hasSuffix(":") { return leading + step }
        let first = code.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        if ["return", "pass", "break", "continue", "raise"].contains(first) {
            return String(leading.dropLast(step.count))
        }
        return leading
    }

    /// The line up to a `#` that is not inside a string literal.
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var escaped = false
        for (offset, character) in line.enumerated() {
            if escaped {
                escaped = false
            } else if let current = quote {
                if character == "\\" { escaped = true } else if character == current { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#" {
                return String(line.prefix(offset))
            }
        }
        return line
    }
}
