import CEditLine
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

/// Reads source files as bytes and decodes them, never trusting the encoding.
enum SourceFile {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The path made absolute, as CPython names files in encoding errors.
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + path
    }

    /// The first byte that is not valid UTF-8, with its 1-based line.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (byte: UInt8, line: Int)? {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1 }
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (b, line)
            }
            guard i + length <= bytes.count else { return (b, line) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (b, line) }
            if length == 3 && ((b == 0xE0 && bytes[i + 1] < 0xA0) || (b == 0xED && bytes[i + 1] > 0x9F)) { return (b, line) }
            if length == 4 && ((b == 0xF0 && bytes[i + 1] < 0x90) || (b == 0xF4 && bytes[i + 1] > 0x8F)) { return (b, line) }
            i += length
        }
        return nil
    }

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
        text(readBytes(fd: fd) ?? [])
    }

    /// Source text from bytes; a UTF-8 byte-order mark at the start is skipped, as CPython skips it.
    static func text(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return String(decoding: body, as: UTF8.self)
    }

    /// Every byte readable from `fd`, or nil on a read error.
    static func readBytes(fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return n < 0 ? nil : bytes
            }
        }
    }
}

extension RunOutcome {
    /// Whether replaying a notebook stops after a cell with this outcome.
    func stopsNotebook(continueOnError: Bool) -> Bool {
        switch self {
        case .completed, .incomplete: false
        case .failed: !continueOnError
        case .exited: true
        }
    }
}
