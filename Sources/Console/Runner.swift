import CEditLine
import Glibc
import TensorLanguage

/// Runs Wick the ways CPython runs: a script file, piped stdin, `-c CODE`, or the interactive prompt.
public enum Runner {
    /// Exit status of a script that raised.
    static let failureStatus: Int32 = 1

    /// Runs the script at `path`; returns the process exit status.
    public static func runFile(_ path: String) -> Int32 {
        guard let source = SourceFile.read(path) else {
            let reason = String(cString: strerror(errno))
            Output.error("wick: can't open file '\(path)': [Errno \(errno)] \(reason)\n")
            return 2
        }
        return runScript(source, fileName: path)
    }

    /// Runs a whole program read from standard input, with no prompts.
    public static func runStandardInput() -> Int32 {
        runScript(SourceFile.readAll(fd: STDIN_FILENO), fileName: "<stdin>")
    }

    /// Runs `wick -c CODE`.
    public static func runCommand(_ code: String) -> Int32 {
        runScript(code, fileName: "<string>")
    }

    static func runScript(_ source: String, fileName: String) -> Int32 {
        let session = Session(write: Output.write, writeError: Output.error)
        let outcome = session.run(source: source, fileName: fileName)
        Output.flush()
        switch outcome {
        case .completed, .incomplete: return 0
        case .failed: return failureStatus
        }
    }

    /// Whether standard input and output are both terminals (then the prompt starts).
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }
}

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

/// Reads source files as bytes and decodes them, never trusting the encoding.
enum SourceFile {
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            errno = EISDIR
            return nil
        }
        return readAll(fd: fd)
    }

    static func readAll(fd: Int32) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
