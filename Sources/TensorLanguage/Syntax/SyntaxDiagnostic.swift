/// A `SyntaxError` or `IndentationError` found while lexing or parsing.
///
/// Columns follow `SourceLocation`: 0-based code points. `rendered` turns the
/// diagnostic into the block CPython 3.11 writes to stderr.
struct SyntaxDiagnostic: Error, Sendable, Equatable {
    /// The Python exception class the diagnostic is raised as.
    enum Kind: Sendable, Equatable {
        case syntaxError
        case indentationError
        case tabError

        /// The class name CPython prints.
        var pythonName: String {
            switch self {
            case .syntaxError: "SyntaxError"
            case .indentationError: "IndentationError"
            case .tabError: "TabError"
            }
        }
    }

    var kind: Kind
    var message: String
    var fileName: String
    /// 1-based line of the caret.
    var line: Int
    /// 0-based column of the first caret (CPython's `offset` minus one); `-1` draws no
    /// caret, as CPython does for `unexpected indent` and errors at end of file.
    var column: Int
    /// 0-based column just past the last caret when the error spans a range on `line`.
    var endColumn: Int?
    /// The offending physical line without its terminator; `nil` when there is none to show.
    var sourceLine: String?
}
