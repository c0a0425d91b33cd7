/// What parsing a piece of source produced.
///
/// `incomplete` is only produced by `parseInteractive`: the input is a valid
/// prefix that needs more lines (open bracket, block header without body,
/// unterminated triple-quoted string, trailing backslash, or an indented block
/// not yet closed by an empty line). Whole-file parsing reports those as
/// `SyntaxError`s instead.
enum ParseOutcome: Sendable {
    case complete(Module)
    case incomplete
    case error(SyntaxDiagnostic)
}
