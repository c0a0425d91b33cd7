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
    case completed(result: String?)
    case failed(CellError)
}

/// Runs kernel cells on one `TensorLanguage.Session`, turning its text streams into kernel outputs.
final class CellRunner {
    let session: Session
    private let router = StreamRouter()
    /// The source of each executed cell by its file name (`In[3]`), for tracebacks.
    private(set) var sources: [String: String] = [:]

    init() {
        let router = self.router
        session = Session(write: { router.write($0) }, writeError: { router.writeError($0) })
        session.hideCurrentNames()
    }

    /// Runs `source` under `fileName` (`In[3]`); a final expression's repr is the result.
    /// `cell` is the whole cell's text, shown around the failing line in tracebacks.
    func run(_ source: String, fileName: String, cell: String, output: CellOutput) -> CellEnd {
        sources[fileName] = cell
        router.output = output
        defer { router.finish() }
        let result = session.runCell(source, fileName: fileName, tee: true)
        switch result.outcome {
        case .completed, .incomplete:
            return .completed(result: result.result)
        case .failed(let name):
            let report = router.takeHeldError() ?? ""
            let message = result.errorMessage ?? ""
            let traceback = IPythonTraceback.lines(report: report, name: name, message: message, sources: sources)
            return .failed(CellError(name: name, value: message, traceback: traceback))
        }
    }

    /// Runs `body` (a magic) with the session's output going to `output`.
    func withOutput<T>(_ output: CellOutput, _ body: (Session) -> T) -> T {
        router.output = output
        defer { router.finish() }
        return body(session)
    }
}

/// Passes the session's text on as `stream` outputs.
///
/// The session reports a cell's uncaught exception as the last text it writes to stderr; the router
/// holds each stderr write back until the next write (or the cell's end) so that the traceback
/// becomes the `error` message instead of stderr text, while warnings stay on stderr in order.
private final class StreamRouter {
    var output: CellOutput?
    private var heldError: String?

    func write(_ text: String) {
        releaseHeldError()
        output?.stream("stdout", text)
    }

    func writeError(_ text: String) {
        releaseHeldError()
        heldError = text
    }

    func takeHeldError() -> String? {
        defer { heldError = nil }
        return heldError
    }

    /// Sends what is still held and detaches from the cell.
    func finish() {
        releaseHeldError()
        output = nil
    }

    private func releaseHeldError() {
        if let text = heldError {
            heldError = nil
            output?.stream("stderr", text)
        }
    }
}
