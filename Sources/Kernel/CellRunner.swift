import TensorLanguage

/// What the kernel shows for a cell: streams as they happen, then a result or an error.
struct CellOutput {
    /// `stream` text in order: (`stdout` or `stderr`, text).
    var stream: (_ name: String, _ text: String) -> Void
    /// A `display_data` mime bundle (a magic's picture or table).
    var display: (_ bundle: [String: String]) -> Void
}

/// An uncaught exception in IPython's kernel form.
struct CellError: Equatable {
    var name: String
    var value: String
    var traceback: [String]
}

/// How a cell ended.
enum CellEnd: Equatable {
    case completed(result: ResultValue?)
    case failed(CellError)
}

/// Runs kernel cells on one `TensorLanguage.Session`, turning its events into kernel outputs.
final class CellRunner {
    let session: Session
    private let router = EventRouter()
    /// The source of each executed cell by its file name (`In[3]`), for tracebacks.
    private(set) var sources: [String: String] = [:]

    init() {
        session = Session(sink: router)
        session.hideCurrentNames()
        // Outside an `execute_request` (inspection, user expressions) no client waits to answer.
        session.inputReader = { _ in .unavailable(message: KernelMessages.stdinNotSupported) }
    }

    /// Runs `source` under `fileName` (`In[3]`); a final expression's value is the result.
    /// `cell` is the whole cell's text, shown around the failing line in tracebacks.
    func run(_ source: String, fileName: String, cell: String, output: CellOutput) -> CellEnd {
        sources[fileName] = cell
        router.output = output
        defer { router.output = nil }
        let result = session.runCell(source, fileName: fileName)
        if let error = result.error {
            return .failed(cellError(error))
        }
        return .completed(
            result: result.events.lazy.compactMap { event -> ResultValue? in
                if case .result(let value) = event { return value }
                return nil
            }.last)
    }

    /// Runs `body` (a magic) with everything the session reports going to `output` as a terminal
    /// shows it: results and tracebacks become text.
    func withOutput<T>(_ output: CellOutput, _ body: (Session) -> T) -> T {
        router.output = output
        router.showsOutcomesAsText = true
        defer {
            router.output = nil
            router.showsOutcomesAsText = false
        }
        return body(session)
    }

    func cellError(_ report: ErrorReport) -> CellError {
        CellError(name: report.name, value: report.message, traceback: IPythonTraceback.lines(report, sources: sources))
    }
}

/// Passes a running cell's text on as `stream` outputs; warnings go to stderr as the CLI prints
/// them. A cell's result and error are its outcome, which `CellRunner` reads from `runCell`; in a
/// magic they are shown as text.
private final class EventRouter: SessionEventSink {
    var output: CellOutput?
    var showsOutcomesAsText = false

    func receive(_ event: SessionEvent) {
        switch event {
        case .stream(let stream, let text): output?.stream(stream.rawValue, text)
        case .warning(let warning): output?.stream("stderr", warning.rendered)
        case .result, .error:
            guard showsOutcomesAsText else { return }
            let (stream, text) = event.terminalText
            output?.stream(stream.rawValue, text)
        }
    }
}
