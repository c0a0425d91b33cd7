extension Session {
    /// Runs a pasted or recalled block as one piece: parsed as a file (blank lines inside a
    /// function body are fine), every expression statement echoed as at the prompt.
    ///
    /// Returns `.incomplete` without running anything when the block stops inside an open
    /// bracket or string, so the prompt can ask for more lines.
    public func runBlock(source: String, fileName: String = "<stdin>") -> RunOutcome {
        onInterpreterThread { () -> RunOutcome in
            switch parse(source: source, fileName: fileName) {
            case .complete(let module): return execute(module, echo: .everyExpression)
            case .incomplete: return .incomplete
            case .error(let diagnostic):
                if case .incomplete = parseInteractive(source: source, fileName: fileName) { return .incomplete }
                return parseAndExecute(.error(diagnostic), echo: .everyExpression)
            }
        }
    }
}
