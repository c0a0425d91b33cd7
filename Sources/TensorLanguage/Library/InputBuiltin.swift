#if canImport(Glibc)
    import Glibc
#endif

/// What a front end's reader got for `input()`.
public enum InputReply: Equatable, Sendable {
    /// A line, without its line terminator.
    case line(String)
    /// End of input: `input()` raises `EOFError`.
    case endOfInput
    /// Ctrl-C while waiting: `input()` raises `KeyboardInterrupt`.
    case interrupted
    /// This front end cannot read input (a kernel whose client sent `allow_stdin: false`):
    /// `input()` raises IPython's `StdinNotImplementedError` with this message, as ipykernel does.
    case unavailable(message: String)
}

extension Session {
    /// How `input(prompt)` reads a line: the reader gets the prompt and shows it itself (the
    /// prompt's line editor, a kernel's `input_request`). When nil, as in scripts, the prompt is
    /// written to stdout without a newline and a line is read from the process's standard input,
    /// as CPython does when stdin is not a terminal.
    ///
    /// ```swift
    /// session.inputReader = { prompt in .line("42") }
    /// _ = session.run(source: "print(int(input('n? ')) + 1)\n", fileName: "x.py")  // 43
    /// ```
    public var inputReader: ((String) -> InputReply)? {
        get { interpreter.inputReader }
        set { interpreter.inputReader = newValue }
    }
}

/// The built-in `input([prompt])`.
enum InputBuiltin {
    static func input(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard args.keywords.isEmpty else { throw PythonError(.typeError, "input() takes no keyword arguments") }
        guard args.positional.count <= 1 else {
            throw PythonError(.typeError, "input expected at most 1 argument, got \(args.positional.count)")
        }
        let prompt = try args.positional.first.map { try interpreter.str($0) } ?? ""
        interpreter.flush()
        let reply: InputReply
        if let reader = interpreter.inputReader {
            reply = reader(prompt)
        } else {
            if !prompt.isEmpty { interpreter.write(prompt) }
            interpreter.flush()
            try interpreter.checkOutputStreams()
            reply = readStandardInput()
        }
        switch reply {
        case .line(let line): return .string(line)
        case .endOfInput: throw PythonError(.eofError, "EOF when reading a line")
        case .interrupted: throw PythonError(.keyboardInterrupt, "")
        case .unavailable(let message): throw PythonError(.stdinNotImplementedError, message)
        }
    }

    /// One line of the process's standard input, its `\n` removed; end of input at EOF.
    static func readStandardInput() -> InputReply {
        guard let line = Swift.readLine(strippingNewline: false) else { return .endOfInput }
        // CPython strips the `\n` only (a `\r` before it stays); Swift sees `\r\n` as one character.
        return .line(line.utf8.last == 0x0A ? String(decoding: line.utf8.dropLast(), as: UTF8.self) : line)
    }
}

extension PyType {
    /// IPython's `StdinNotImplementedError`, a `NotImplementedError` (not bound as a builtin name).
    static let stdinNotImplementedError = PyType("StdinNotImplementedError", base: notImplementedError)
}
