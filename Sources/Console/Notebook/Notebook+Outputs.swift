import JSON
import TensorLanguage

extension Notebook {
    /// nbformat 4 outputs for one executed cell, built from its events in order: writes to one
    /// stream run together into one `stream` output (warnings are `stderr`), as Jupyter shows them;
    /// a result is an `execute_result`, an uncaught exception an `error` with its traceback lines.
    static func outputs(of events: [SessionEvent], count: Int) -> [JSONValue] {
        var outputs: [JSONValue] = []
        var pending: (stream: OutputStream, text: String)?
        func flushStream() {
            guard let (stream, text) = pending, !text.isEmpty else { return }
            outputs.append(.object(["output_type": .string("stream"), "name": .string(stream.rawValue), "text": .lines(text)]))
            pending = nil
        }
        for event in events {
            switch event {
            case .stream, .warning:
                let (stream, text) = event.terminalText
                if pending?.stream == stream {
                    pending?.text += text
                } else {
                    flushStream()
                    pending = (stream, text)
                }
            case .result(let value):
                flushStream()
                outputs.append(executeResult(value, count: count))
            case .error(let report):
                flushStream()
                outputs.append(error(report))
            }
        }
        flushStream()
        return outputs
    }

    private static func executeResult(_ value: ResultValue, count: Int) -> JSONValue {
        .object([
            "output_type": .string("execute_result"), "execution_count": .integer(count), "metadata": .object([:]),
            "data": .object(value.data.mapValues { JSONValue.lines($0) }),
        ])
    }

    private static func error(_ report: ErrorReport) -> JSONValue {
        let traceback = report.traceback.split(separator: "\n").map { JSONValue.string(String($0)) }
        return .object([
            "output_type": .string("error"), "ename": .string(report.name), "evalue": .string(report.message),
            "traceback": .array(traceback),
        ])
    }
}
