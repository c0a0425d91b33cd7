/// What one notebook cell produced.
public struct CellResult: Equatable, Sendable {
    public var outcome: RunOutcome
    /// Everything the cell printed to stdout.
    public var stdout: String
    /// Warnings and the traceback, as printed to stderr.
    public var stderr: String
    /// The repr of a final expression statement, like Jupyter's `Out[n]`.
    public var result: String?
    /// The uncaught exception's class name and message.
    public var errorName: String?
    public var errorMessage: String?
}

extension Session {
    /// Runs a notebook cell: output is captured (and also passed on when `tee` is set), and a
    /// final expression's value is returned rather than printed.
    public func runCell(_ source: String, fileName: String, tee: Bool = false) -> CellResult {
        let write = interpreter.write
        let writeError = interpreter.writeError
        var out = ""
        var err = ""
        interpreter.write = { text in
            out += text
            if tee { write(text) }
        }
        interpreter.writeError = { text in
            err += text
            if tee { writeError(text) }
        }
        defer {
            interpreter.write = write
            interpreter.writeError = writeError
        }
        let outcome = StackThread.run(stackSize: StackThread.interpreterSize) { () -> RunOutcome in
            switch parse(source: source, fileName: fileName) {
            case .complete(let module): return execute(module, echo: .lastExpression)
            case .incomplete: return .incomplete
            case .error(let diagnostic):
                interpreter.writeError(diagnostic.rendered)
                lastError = (diagnostic.kind.pythonName, diagnostic.message)
                return .failed(exceptionName: diagnostic.kind.pythonName)
            }
        }
        return CellResult(
            outcome: outcome, stdout: out, stderr: err, result: lastResult,
            errorName: lastError?.name, errorMessage: lastError?.message)
    }
}
