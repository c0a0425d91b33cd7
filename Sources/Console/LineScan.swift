/// A walk over one line of Python as the completers need it: string literals skipped (with their
/// backslash escapes), a `#` outside them ending the code.
enum LineScan {
    /// What the walk found at the end of the line.
    enum Ending: Equatable {
        /// Code to the end: no literal left open.
        case code
        /// Inside a string literal that starts (after its quote) at this index.
        case openLiteral(String.Index)
        /// A `#` comment, or a backslash escaping nothing at the very end.
        case comment
    }

    /// Calls `visit` for every character outside string literals, in order, and says how the line ends.
    static func walk(_ text: String, visit: (Character, String.Index) -> Void = { _, _ in }) -> Ending {
        var quote: Character?
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let current = quote {
                if character == "\\" {
                    index = text.index(after: index)
                    if index == text.endIndex { return .comment }
                } else if character == current {
                    quote = nil
                }
            } else if character == "'" || character == "\"" {
                quote = character
                start = text.index(after: index)
            } else if character == "#" {
                return .comment
            } else {
                visit(character, index)
            }
            index = text.index(after: index)
        }
        return quote == nil ? .code : .openLiteral(start)
    }
}
