import Autograd

/// What happened to one piece of input.
public enum RunOutcome: Equatable, Sendable {
    /// Ran to the end.
    case completed
    /// Needs more lines before it can run (interactive input only).
    case incomplete
    /// Stopped at an uncaught exception (already printed as a traceback); the name is its class.
    case failed(exceptionName: String)
}

/// An interpreter session: one namespace that runs scripts, cells and prompt entries.
///
/// ```swift
/// let session = Session(write: { print($0, terminator: "") }, writeError: { _ in })
/// _ = session.run(source: "import torch\nprint(torch.ones(2))", fileName: "demo.py")
/// ```
public final class Session {
    let interpreter: Interpreter
    /// The repr of the last cell's final expression (`Out[n]`), if any.
    var lastResult: String?
    /// The class name and message of the last uncaught exception.
    var lastError: (name: String, message: String)?
    /// Names bound before the user typed anything (pre-imports), hidden from `%who`.
    var hiddenNames: Set<String> = []

    public init(write: @escaping (String) -> Void, writeError: @escaping (String) -> Void) {
        interpreter = Interpreter(write: write, writeError: writeError)
        interpreter.interruptRequested = { Interruption.take() }
        Diagnostics.warningHandler = { [weak interpreter] category, message in
            interpreter?.warn(category: category, message: message)
        }
    }

    /// Functions refer to their module's globals, which refer to the functions: unbinding
    /// every name breaks those cycles so a dropped session frees what it held.
    deinit {
        interpreter.globals.removeAll()
    }

    /// Called for `print(..., flush=True)`, so output reaches a pipe at once.
    public var flushOutput: () -> Void {
        get { interpreter.flush }
        set { interpreter.flush = newValue }
    }

    /// Polled between statements and in loops; return true to raise `KeyboardInterrupt`. By default
    /// it takes the process-wide `Interruption` request, which long engine work also honours.
    public var interruptCheck: () -> Bool {
        get { interpreter.interruptRequested }
        set { interpreter.interruptRequested = newValue }
    }

    /// The most statements this session may execute before every further one raises
    /// `RuntimeError`; `nil` (the default) means no limit. For fuzzing and untrusted input.
    ///
    /// ```swift
    /// session.stepLimit = 100_000
    /// session.run(source: "while True: pass", fileName: "loop.py")  // RuntimeError
    /// ```
    public var stepLimit: Int? {
        get { interpreter.stepLimit }
        set {
            interpreter.stepLimit = newValue
            interpreter.stepsTaken = 0
        }
    }

    /// Runs a whole script; syntax errors and uncaught exceptions print CPython's report to stderr.
    public func run(source: String, fileName: String) -> RunOutcome {
        StackThread.run(stackSize: StackThread.interpreterSize) { runOnLargeStack(source: source, fileName: fileName) }
    }

    private func runOnLargeStack(source: String, fileName: String) -> RunOutcome {
        switch parse(source: source, fileName: fileName) {
        case .complete(let module): return execute(module, echo: .none)
        case .incomplete: return .incomplete
        case .error(let diagnostic):
            interpreter.writeError(diagnostic.rendered)
            return .failed(exceptionName: diagnostic.kind.pythonName)
        }
    }

    /// Runs one prompt entry or notebook cell; an expression statement's value is echoed like Python's REPL.
    public func runInteractive(source: String, fileName: String = "<stdin>") -> RunOutcome {
        StackThread.run(stackSize: StackThread.interpreterSize) { runInteractiveOnLargeStack(source: source, fileName: fileName) }
    }

    private func runInteractiveOnLargeStack(source: String, fileName: String) -> RunOutcome {
        switch parseInteractive(source: source, fileName: fileName) {
        case .complete(let module): return execute(module, echo: .everyExpression)
        case .incomplete: return .incomplete
        case .error(let diagnostic):
            interpreter.writeError(diagnostic.rendered)
            return .failed(exceptionName: diagnostic.kind.pythonName)
        }
    }

    /// Whether `source` needs more lines at the prompt.
    public func needsMoreInput(_ source: String) -> Bool {
        if case .incomplete = parseInteractive(source: source, fileName: "<stdin>") { return true }
        return false
    }

    /// Which expression statements show their value.
    enum Echo {
        case none
        /// The Python prompt: every expression statement.
        case everyExpression
        /// A notebook cell: only a final expression statement, returned instead of printed.
        case lastExpression
    }

    /// Runs statements in a module frame, echoing expression values as `echo` says.
    func execute(_ module: Module, echo: Echo) -> RunOutcome {
        let frame = Frame(function: "<module>", module: module, globals: interpreter.globals)
        interpreter.frames = [frame]
        lastResult = nil
        lastError = nil
        defer { interpreter.frames = [] }
        do {
            for (index, statement) in module.body.enumerated() {
                let isLast = index == module.body.count - 1
                if echo == .everyExpression || (echo == .lastExpression && isLast), case .expression(let e) = statement.kind {
                    frame.currentLine = statement.range.start.line
                    let value = try interpreter.evaluateStatementExpression(e, in: frame)
                    if case .noneValue = value { continue }
                    interpreter.globals["_"] = value
                    if echo == .lastExpression {
                        lastResult = try interpreter.repr(value)
                    } else {
                        interpreter.write(try interpreter.repr(value) + "\n")
                    }
                } else {
                    _ = try interpreter.execute(statement, in: frame)
                }
            }
            return .completed
        } catch let error as PythonError {
            report(error, frame: frame)
            return .failed(exceptionName: error.exception.exceptionClass.name)
        } catch let error as TorchError {
            report(PythonError(error), frame: frame)
            return .failed(exceptionName: error.kind.rawValue)
        } catch {
            report(PythonError(.runtimeError, "\(error)"), frame: frame)
            return .failed(exceptionName: "RuntimeError")
        }
    }

    private func report(_ error: PythonError, frame: Frame) {
        lastError = (error.exception.exceptionClass.name, (try? error.exception.str(interpreter: interpreter)) ?? "")
        var frames = error.frames
        frames.insert(
            TracebackFrame(
                fileName: frame.module.fileName, line: frame.currentLine, function: "<module>", sourceLine: frame.sourceLine),
            at: 0)
        var text = "Traceback (most recent call last):\n"
        for f in frames {
            text += "  File \"\(f.fileName)\", line \(f.line), in \(f.function)\n"
            if let source = f.sourceLine?.trimmingWhitespace(), !source.isEmpty { text += "    \(source)\n" }
        }
        text += error.summary(interpreter: interpreter) + "\n"
        interpreter.writeError(text)
    }
}

extension Interpreter {
    func evaluateStatementExpression(_ e: Expression, in frame: Frame) throws -> Value {
        do {
            return try evaluate(e, in: frame)
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }

    /// Prints a warning once per source location, as Python's default filter does.
    func warn(category: String, message: String) {
        guard let frame = currentFrame else { return }
        let key = "\(frame.module.fileName):\(frame.currentLine):\(category):\(message)"
        guard warningsShown.insert(key).inserted else { return }
        var text = "\(frame.module.fileName):\(frame.currentLine): \(category): \(message)\n"
        if let source = frame.sourceLine?.trimmingWhitespace(), !source.isEmpty { text += "  \(source)\n" }
        writeError(text)
    }
}
