import CEditLine
import Glibc
import TensorLanguage

/// Writes to the process's standard streams; stdout is flushed before stderr so they interleave in order.
public enum Output {
    public static func write(_ text: String) {
        fputs(text, cel_stdout())
    }

    public static func error(_ text: String) {
        fflush(cel_stdout())
        fputs(text, cel_stderr())
    }

    public static func flush() {
        fflush(cel_stdout())
        fflush(cel_stderr())
    }
}

/// Shows a session's events on the process's standard streams, as CPython's REPL and scripts do.
final class TerminalSink: SessionEventSink {
    /// Printed before a result's repr: `Out[3]: ` when echoing notebook cells.
    var resultPrefix = ""

    func receive(_ event: SessionEvent) {
        if case .result(let value) = event {
            Output.write(resultPrefix + value.repr + "\n")
            return
        }
        let (stream, text) = event.terminalText
        switch stream {
        case .stdout: Output.write(text)
        case .stderr: Output.error(text)
        }
    }

    func flush() {
        Output.flush()
    }
}
