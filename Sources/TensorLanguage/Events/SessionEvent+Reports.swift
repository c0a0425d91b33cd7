import Autograd
import Glibc

extension ErrorReport {
    /// A syntax error as CPython reports it: one frame, the offending line and the caret.
    init(_ diagnostic: SyntaxDiagnostic) {
        self.init(
            name: diagnostic.kind.pythonName, message: diagnostic.message,
            frames: [
                ErrorFrame(
                    fileName: diagnostic.fileName, line: diagnostic.line, function: "<module>",
                    sourceLine: diagnostic.sourceLine)
            ],
            traceback: TracebackText.namingCells(diagnostic.rendered))
    }

    /// An uncaught exception with the frames it passed through, outermost first.
    init(_ error: PythonError, frames: [TracebackFrame], interpreter: Interpreter) {
        var text = "Traceback (most recent call last):\n"
        for f in frames {
            text += TracebackText.frameLine(fileName: f.fileName, line: f.line, function: f.function)
            if let source = f.sourceLine?.trimmingWhitespace(), !source.isEmpty { text += "    \(source)\n" }
        }
        text += error.summary(interpreter: interpreter) + "\n"
        self.init(
            name: error.exception.exceptionClass.name,
            message: (try? error.exception.str(interpreter: interpreter)) ?? error.exception.message,
            frames: frames.map {
                ErrorFrame(fileName: $0.fileName, line: $0.line, function: $0.function, sourceLine: $0.sourceLine)
            },
            traceback: text)
    }
}

extension Interpreter {
    /// Text written to standard output (`print`, `help`, a magic's report).
    func write(_ text: String) {
        sink.receive(.stream(.stdout, text))
    }

    /// Text written to standard error.
    func writeError(_ text: String) {
        sink.receive(.stream(.stderr, text))
    }

    /// Pushes buffered output out (`print(..., flush=True)`).
    func flush() {
        sink.flush()
    }

    /// Raises CPython's `OSError` (`BrokenPipeError` for EPIPE) when a write to stdout failed.
    func checkOutputStreams() throws {
        guard let code = sink.takeWriteFailure() else { return }
        throw PythonError(code == EPIPE ? .brokenPipeError : .osError, OSErrorText.describe(code))
    }

    func evaluateStatementExpression(_ e: Expression, in frame: Frame) throws -> Value {
        do {
            return try evaluate(e, in: frame)
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }

    /// Reports a warning at the current line, once per source location, as Python's default filter does.
    func warn(category: String, message: String) {
        warn(category: category, message: message, stackLevel: 1)
    }
}
