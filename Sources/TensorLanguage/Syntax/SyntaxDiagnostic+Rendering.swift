extension SyntaxDiagnostic {
    /// The block CPython 3.11 prints to stderr for this error, ending in a newline.
    ///
    /// ```
    ///   File "x.py", line 3
    ///     if x
    ///         ^
    /// SyntaxError: expected ':'
    /// ```
    ///
    /// Like CPython's `print_error_text`, the line is shown with its leading
    /// whitespace stripped, the caret is clipped to the line's end, and no caret
    /// is drawn when the column falls inside the stripped indentation.
    var rendered: String {
        var output = "  File \"\(fileName)\", line \(line)\n"
        if let sourceLine {
            output += Self.sourceAndCaret(
                sourceLine, column: column, endColumn: endColumn)
        }
        output += "\(kind.pythonName): \(message)\n"
        return output
    }

    private static func sourceAndCaret(_ text: String, column: Int, endColumn: Int?) -> String {
        let scalars = Array(text.unicodeScalars)
        var stripped = 0
        while stripped < scalars.count,
            scalars[stripped] == " " || scalars[stripped] == "\t" || scalars[stripped] == "\u{0C}"
        {
            stripped += 1
        }
        let shown = String(String.UnicodeScalarView(scalars[stripped...]))
        var output = "    \(shown)\n"
        guard column >= 0 else { return output }
        let caretColumn = min(column - stripped, scalars.count - stripped)
        guard caretColumn >= 0 else { return output }
        let repetitions = endColumn.map { $0 > column ? $0 - column : 1 } ?? 1
        output += "    " + String(repeating: " ", count: caretColumn)
        output += String(repeating: "^", count: repetitions) + "\n"
        return output
    }
}
