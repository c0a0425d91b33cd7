import CEditLine
import Glibc
import TensorLanguage

/// Writes to the process's standard streams; stdout is flushed before stderr so they interleave in order.
///
/// A failed write to stdout is remembered (its `errno`) for the running script to raise as
/// `OSError`/`BrokenPipeError`; glibc drops the buffer it could not write, as CPython's does.
public enum Output {
    nonisolated(unsafe) private static var failure: Int32?
    /// With file descriptor 1 closed, CPython's `sys.stdout` is None and printing does nothing.
    nonisolated(unsafe) private static var discardsStdout = fcntl(STDOUT_FILENO, F_GETFD) < 0

    public static func write(_ text: String) {
        guard !discardsStdout else { return }
        check(fputs(text, cel_stdout()) == EOF)
    }

    public static func error(_ text: String) {
        flushStdout()
        fputs(text, cel_stderr())
    }

    public static func flush() {
        flushStdout()
        fflush(cel_stderr())
    }

    /// The errno of the last failed write to stdout, then forgotten.
    public static func takeFailure() -> Int32? {
        defer { failure = nil }
        return failure
    }

    /// Flushes what is left at exit. CPython reports a failure there as an ignored exception and
    /// exits with status 120.
    static func finish(status: Int32) -> Int32 {
        flushStdout()
        fflush(cel_stderr())
        guard let code = takeFailure() else { return status }
        let name = OSErrorText.className(code)
        fputs(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\(name): \(OSErrorText.describe(code))\n",
            cel_stderr())
        fflush(cel_stderr())
        return 120
    }

    private static func flushStdout() {
        guard !discardsStdout else { return }
        check(fflush(cel_stdout()) == EOF)
    }

    private static func check(_ failed: Bool) {
        let stream = cel_stdout()
        guard failed || ferror(stream) != 0 else { return }
        failure = errno == 0 ? EIO : errno
        clearerr(stream)
    }
}

/// Shows a session's events on the process's standard streams, as CPython's REPL and scripts do.
final class TerminalSink: SessionEventSink {
    /// Printed before a result's repr: `Out[3]: ` when echoing notebook cells.
    var resultPrefix = ""
    /// Whether tracebacks are coloured (see `Colour`).
    var colourErrors = false

    func receive(_ event: SessionEvent) {
        if colourErrors, case .error(let report) = event {
            Output.error(Colour.traceback(report.traceback))
            return
        }
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

    func takeWriteFailure() -> Int32? {
        Output.takeFailure()
    }
}
