import Glibc
import TensorLanguage

/// Runs Wick the ways CPython runs: a script file, piped stdin, `-c CODE`, or the interactive prompt.
public enum Runner {
    /// Exit status of a script that raised.
    static let failureStatus: Int32 = 1

    /// Runs the script at `path`; returns the process exit status.
    public static func runFile(_ path: String) -> Int32 {
        guard let bytes = SourceFile.bytes(path), !SourceFile.isDirectory(path) else {
            let code = SourceFile.isDirectory(path) ? EISDIR : errno
            let reason = String(cString: strerror(code))
            Output.error("wick: can't open file '\(path)': [Errno \(code)] \(reason)\n")
            return 2
        }
        if let problem = SourceFile.firstInvalidUTF8(bytes) {
            let hex = String(problem.byte, radix: 16)
            let byte = "\\x" + (hex.count < 2 ? "0" + hex : hex)
            Output.error(
                "SyntaxError: Non-UTF-8 code starting with '\(byte)' in file \(SourceFile.absolute(path)) on line \(problem.line), but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
            )
            return failureStatus
        }
        return runScript(SourceFile.text(bytes), fileName: path)
    }

    /// Runs a whole program read from standard input, with no prompts.
    public static func runStandardInput() -> Int32 {
        runScript(SourceFile.readAll(fd: STDIN_FILENO), fileName: "<stdin>")
    }

    /// Runs `wick -c CODE`.
    public static func runCommand(_ code: String) -> Int32 {
        runScript(code, fileName: "<string>")
    }

    /// Exit status after Ctrl-C stopped a script (128 + SIGINT, as CPython exits).
    static let interruptedStatus: Int32 = 130

    static func runScript(_ source: String, fileName: String) -> Int32 {
        let session = Session(sink: TerminalSink())
        // Ctrl-C raises KeyboardInterrupt inside the script, which prints its traceback and exits 130.
        Interrupt.install()
        session.interruptCheck = { Interrupt.poll() }
        let outcome = session.run(source: source, fileName: fileName)
        Output.flush()
        return session.exitStatus ?? status(of: outcome)
    }

    static func status(of outcome: RunOutcome) -> Int32 {
        switch outcome {
        case .completed, .incomplete: return 0
        case .failed(let name): return name == "KeyboardInterrupt" ? interruptedStatus : failureStatus
        case .exited(let status): return status
        }
    }

    /// Ignores SIGPIPE as CPython does, so a closed pipe is a `BrokenPipeError`, not a silent death.
    public static func prepareProcess() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The process's exit status once stdout's last buffered text is written (120 if that fails).
    public static func finish(status: Int32) -> Int32 {
        Output.finish(status: status)
    }

    /// Whether standard input and output are both terminals (then the prompt starts).
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }
}
