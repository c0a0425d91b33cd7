/// What one notebook cell produced: its outcome and its events, in order.
public struct CellResult: Equatable, Sendable {
    public var outcome: RunOutcome
    public var events: [SessionEvent]

    public init(outcome: RunOutcome, events: [SessionEvent]) {
        self.outcome = outcome
        self.events = events
    }

    /// Everything the cell wrote to stdout (its result is not included).
    public var stdout: String {
        events.reduce(into: "") { text, event in
            if case .stream(.stdout, let written) = event { text += written }
        }
    }

    /// Warnings, stderr writes and the traceback, as a terminal shows them on stderr.
    public var stderr: String {
        events.reduce(into: "") { text, event in
            if case .result = event { return }
            let shown = event.terminalText
            if shown.stream == .stderr { text += shown.text }
        }
    }

    /// The repr of a final expression statement, like Jupyter's `Out[n]`.
    public var result: String? {
        events.lazy.compactMap { if case .result(let value) = $0 { value.repr } else { nil } }.last
    }

    /// The uncaught exception, if the cell raised.
    public var error: ErrorReport? {
        events.lazy.compactMap { if case .error(let report) = $0 { report } else { nil } }.last
    }
}

extension Session {
    /// Runs a notebook cell: its events go to the sink and are also returned; only a final
    /// expression statement's value is reported (as a `.result` event), as Jupyter shows `Out[n]`.
    /// `firstLine` numbers the cell's lines as in the file it came from (for tracebacks).
    public func runCell(_ source: String, fileName: String, firstLine: Int = 1) -> CellResult {
        let recorder = EventRecorder(passingOnTo: interpreter.sink)
        let outcome = recording(into: recorder) {
            onInterpreterThread {
                parseAndExecute(parse(source: source, fileName: fileName, firstLine: firstLine), echo: .lastExpression)
            }
        }
        return CellResult(outcome: outcome, events: recorder.events)
    }

    /// Runs `body`, which runs many cells (a notebook, a cell script), on one thread with room for
    /// the interpreter, so each cell does not start a thread of its own (8,000 cells took 28 s).
    public func runningCells<T>(_ body: () -> T) -> T {
        StackThread.run(stackSize: StackThread.interpreterSize + StackThread.size + (4 << 20), body)
    }

    /// Runs `body` with this session's events going to `recorder` instead of its sink.
    func recording<T>(into recorder: EventRecorder, _ body: () -> T) -> T {
        let sink = interpreter.sink
        interpreter.sink = recorder
        defer { interpreter.sink = sink }
        return body()
    }
}
