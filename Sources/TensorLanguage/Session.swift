import Autograd

/// What happened to one piece of input.
public enum RunOutcome: Equatable, Sendable {
    /// Ran to the end.
    case completed
    /// Needs more lines before it can run (interactive input only).
    case incomplete
    /// Stopped at an uncaught exception (already reported as an `.error` event); the name is its class.
    case failed(exceptionName: String)
    /// An uncaught `SystemExit` asked the process to exit with this status (its message, if any,
    /// already went to stderr), as CPython's `handle_system_exit` does.
    case exited(status: Int32)
}

/// An interpreter session: one namespace that runs scripts, cells and prompt entries, and reports
/// everything it produces as `SessionEvent`s to the sink its front end provides.
///
/// ```swift
/// let recorder = EventRecorder()
/// let session = Session(sink: recorder)
/// _ = session.run(source: "import torch\nprint(torch.ones(2))", fileName: "demo.py")
/// recorder.events  // [.stream(.stdout, "tensor([1., 1.])\n")]
/// ```
public final class Session {
    let interpreter: Interpreter
    /// Names bound before the user typed anything (pre-imports), hidden from `%who`.
    var hiddenNames: Set<String> = []
    /// Whether results are also kept as `__`, `___` and `_N` (IPython's output history).
    var keepsOutputHistory = false
    /// The number of the prompt entry running, for `_N`; 0 before the first.
    public internal(set) var executionCount = 0
    /// Set when code raised `SystemExit` (`exit()`, `quit()`): the status the process should exit with.
    public internal(set) var exitStatus: Int32?
    /// Engine state this session's code may change — grad mode, once-only warnings, the default
    /// random generator — installed on whichever thread runs the session's code and kept between
    /// runs, so two sessions in one process never see each other's.
    public let engineState = EngineState()

    /// A session that reports to `sink`.
    public init(sink: any SessionEventSink) {
        interpreter = Interpreter(sink: sink)
        interpreter.interruptRequested = { Interruption.take() }
        engineState.warningHandler = { [weak interpreter] category, message in
            interpreter?.warn(category: category, message: message)
        }
    }

    /// Functions refer to their module's globals, which refer to the functions: unbinding
    /// every name breaks those cycles so a dropped session frees what it held.
    deinit {
        interpreter.globals.removeAll()
        for namespace in interpreter.moduleNamespaces { namespace.removeAll() }
        for module in interpreter.modules.values { module.members.removeAll() }
    }

    /// Where this session's events go.
    public var sink: any SessionEventSink {
        get { interpreter.sink }
        set { interpreter.sink = newValue }
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

    /// Runs a whole script; syntax errors and uncaught exceptions are reported as `.error` events.
    public func run(source: String, fileName: String) -> RunOutcome {
        onInterpreterThread { parseAndExecute(parse(source: source, fileName: fileName), echo: .none) }
    }

    /// Runs one prompt entry; every expression statement's value is reported as a `.result` event,
    /// which the prompt echoes like Python's REPL.
    public func runInteractive(source: String, fileName: String = "<stdin>") -> RunOutcome {
        onInterpreterThread {
            parseAndExecute(parseInteractive(source: source, fileName: fileName), echo: .everyExpression)
        }
    }

    /// Whether `source` needs more lines at the prompt.
    public func needsMoreInput(_ source: String) -> Bool {
        if case .incomplete = parseInteractive(source: source, fileName: "<stdin>") { return true }
        return false
    }

    /// Runs `body` on a thread with the interpreter's large stack and this session's engine state.
    func onInterpreterThread<T>(_ body: () -> T) -> T {
        StackThread.run(stackSize: StackThread.interpreterSize) { engineState.installed(body) }
    }

    /// Which expression statements report their value.
    enum Echo {
        case none
        /// The Python prompt: every expression statement.
        case everyExpression
        /// A notebook cell: only a final expression statement.
        case lastExpression
    }

    func parseAndExecute(_ parsed: ParseOutcome, echo: Echo) -> RunOutcome {
        switch parsed {
        case .complete(let module): return execute(module, echo: echo)
        case .incomplete: return .incomplete
        case .error(let diagnostic):
            interpreter.sink.receive(.error(ErrorReport(diagnostic)))
            return .failed(exceptionName: diagnostic.kind.pythonName)
        }
    }

    /// Runs statements in a module frame, reporting expression values as `echo` says.
    func execute(_ module: Module, echo: Echo) -> RunOutcome {
        let frame = Frame(function: "<module>", module: module, globals: interpreter.globals)
        interpreter.frames = [frame]
        defer { interpreter.frames = [] }
        do {
            for (index, statement) in module.body.enumerated() {
                let isLast = index == module.body.count - 1
                if echo == .everyExpression || (echo == .lastExpression && isLast), case .expression(let e) = statement.kind {
                    frame.currentLine = statement.range.start.line
                    let value = try interpreter.evaluateStatementExpression(e, in: frame)
                    if case .noneValue = value { continue }
                    recordResult(value)
                    interpreter.sink.receive(.result(ResultValue(repr: try interpreter.repr(value))))
                    try interpreter.checkOutputStreams()
                } else {
                    _ = try interpreter.execute(statement, in: frame)
                }
            }
            return .completed
        } catch let error as PythonError where error.exception.exceptionClass.isSubclass(of: .systemExit) {
            return exit(error.exception)
        } catch let error as PythonError {
            return report(error, frame: frame)
        } catch let error as TorchError {
            return report(PythonError(error), frame: frame)
        } catch {
            return report(PythonError(.runtimeError, "\(error)"), frame: frame)
        }
    }

    /// CPython's `handle_system_exit`: no code or None is 0, an int is the status, anything else is
    /// printed to stderr and the status is 1.
    private func exit(_ exception: ExceptionObject) -> RunOutcome {
        let code: Value =
            exception.args.count == 1 ? exception.args[0] : (exception.args.isEmpty ? .noneValue : .tuple(exception.args))
        switch code {
        case .noneValue: return .exited(status: 0)
        case .bool(let b): return .exited(status: b ? 1 : 0)
        case .int(let i): return .exited(status: Int32(truncatingIfNeeded: i))
        case .bigInt: return .exited(status: -1)
        default:
            interpreter.writeError(((try? interpreter.str(code)) ?? "") + "\n")
            return .exited(status: 1)
        }
    }

    private func report(_ error: PythonError, frame: Frame) -> RunOutcome {
        // exit(), quit() and sys.exit() end the program quietly, as in CPython.
        if error.exception.exceptionClass.name == "SystemExit" {
            exitStatus = SystemExitStatus.status(of: error.exception, interpreter: interpreter)
            return .failed(exceptionName: "SystemExit")
        }
        var frames = error.frames
        frames.insert(
            TracebackFrame(
                fileName: frame.module.fileName, line: frame.currentLine, function: "<module>", sourceLine: frame.sourceLine),
            at: 0)
        let report = ErrorReport(error, frames: frames, interpreter: interpreter)
        interpreter.sink.receive(.error(report))
        return .failed(exceptionName: report.name)
    }
}
