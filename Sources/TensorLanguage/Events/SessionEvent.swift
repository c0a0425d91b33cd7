/// Something a `Session` produced while running input, in the order it happened.
///
/// Every front end (the prompt, script runs, notebook replay, `--execute`, the Jupyter kernel)
/// receives the same events through its `SessionEventSink` and decides how to show them.
///
/// ```swift
/// let recorder = EventRecorder()
/// let session = Session(sink: recorder)
/// _ = session.runInteractive(source: "print('hi')\n1 + 1\n")
/// // recorder.events == [.stream(.stdout, "hi\n"), .result(ResultValue(repr: "2"))]
/// ```
public enum SessionEvent: Equatable, Sendable {
    /// One write to standard output or standard error (`print`, `help`, a magic's report).
    case stream(OutputStream, String)
    /// The value of an expression statement at the prompt, or of a cell's final expression.
    case result(ResultValue)
    /// An uncaught exception or a syntax error, with its frames and CPython's traceback text.
    case error(ErrorReport)
    /// A warning shown once per location, as Python's default filter shows it.
    case warning(WarningReport)
}

/// The two text streams a program writes to.
public enum OutputStream: String, Equatable, Sendable {
    case stdout
    case stderr
}

/// An expression's value: its repr, and a MIME bundle for front ends that show more than text.
public struct ResultValue: Equatable, Sendable {
    /// MIME type → content; always holds `text/plain` (the repr), e.g. `image/svg+xml` beside it.
    public var data: [String: String]

    public init(repr: String, data: [String: String] = [:]) {
        self.data = data
        self.data["text/plain"] = repr
    }

    /// The value's repr, as the prompt echoes it.
    public var repr: String { data["text/plain"] ?? "" }
}

/// An uncaught exception (or syntax error) as data.
public struct ErrorReport: Equatable, Sendable {
    /// The exception's class name: `NameError`, `SyntaxError`, `KeyboardInterrupt`, …
    public var name: String
    /// `str()` of the exception (what follows `NameError: `); may be empty.
    public var message: String
    /// Outermost first, as a traceback lists them; for a syntax error, the offending line.
    public var frames: [ErrorFrame]
    /// The report CPython writes to stderr, ending in a newline.
    public var traceback: String

    public init(name: String, message: String, frames: [ErrorFrame], traceback: String) {
        self.name = name
        self.message = message
        self.frames = frames
        self.traceback = traceback
    }
}

/// One frame of a traceback: the file (or `<cell 3>`, `<stdin>`), line, function and source text.
public struct ErrorFrame: Equatable, Sendable {
    public var fileName: String
    public var line: Int
    /// `<module>` at the top level, else the function's name.
    public var function: String
    public var sourceLine: String?

    public init(fileName: String, line: Int, function: String, sourceLine: String?) {
        self.fileName = fileName
        self.line = line
        self.function = function
        self.sourceLine = sourceLine
    }
}

/// A warning: its category, message and where the running code was.
public struct WarningReport: Equatable, Sendable {
    /// `UserWarning`, …
    public var category: String
    public var message: String
    public var fileName: String
    public var line: Int
    public var sourceLine: String?

    public init(category: String, message: String, fileName: String, line: Int, sourceLine: String?) {
        self.category = category
        self.message = message
        self.fileName = fileName
        self.line = line
        self.sourceLine = sourceLine
    }

    /// What Python's `warnings.showwarning` writes to stderr: `file:line: Category: message` and the source line.
    public var rendered: String {
        var text = "\(fileName):\(line): \(category): \(message)\n"
        if let source = sourceLine?.trimmingWhitespace(), !source.isEmpty { text += "  \(source)\n" }
        return text
    }
}

extension SessionEvent {
    /// Where a terminal shows this event and the text it shows, as CPython's REPL prints it.
    public var terminalText: (stream: OutputStream, text: String) {
        switch self {
        case .stream(let stream, let text): (stream, text)
        case .result(let value): (.stdout, value.repr + "\n")
        case .error(let report): (.stderr, report.traceback)
        case .warning(let warning): (.stderr, warning.rendered)
        }
    }
}
