/// Whether a piece of input can run as it is (Jupyter's `is_complete_request`).
public enum InputStatus: Equatable, Sendable {
    /// Runs as it stands.
    case complete
    /// A valid beginning that needs more lines (open bracket, block without its closing blank line).
    case incomplete
    /// A syntax error that no further line can mend.
    case invalid
}

extension Session {
    /// The parser's verdict on `source` typed at a prompt, without running it.
    public func inputStatus(_ source: String) -> InputStatus {
        switch parseInteractive(source: source, fileName: "<stdin>") {
        case .complete: return .complete
        case .incomplete: return .incomplete
        case .error: return .invalid
        }
    }
}
