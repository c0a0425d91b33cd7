/// Where a `Session` sends its events; each front end provides one.
///
/// ```swift
/// final class Printer: SessionEventSink {
///     func receive(_ event: SessionEvent) {
///         let (stream, text) = event.terminalText
///         print(stream == .stdout ? text : "! " + text, terminator: "")
///     }
/// }
/// let session = Session(sink: Printer())
/// ```
public protocol SessionEventSink: AnyObject {
    /// Called on the thread running the session's code, in the order things happened.
    func receive(_ event: SessionEvent)
    /// Pushes buffered output out (`print(..., flush=True)`); nothing by default.
    func flush()
    /// The `errno` of a write to standard output that failed since the last call (a full disk,
    /// a closed pipe), then forgotten; the running code raises `OSError` for it. Nil by default.
    func takeWriteFailure() -> Int32?
}

extension SessionEventSink {
    public func flush() {}
    public func takeWriteFailure() -> Int32? { nil }
}

/// A sink that keeps every event, optionally passing each on to another sink.
///
/// ```swift
/// let recorder = EventRecorder()
/// _ = Session(sink: recorder).run(source: "print(1)\n", fileName: "x.py")
/// recorder.text(of: .stdout)  // "1\n"
/// ```
public final class EventRecorder: SessionEventSink {
    public private(set) var events: [SessionEvent] = []
    private let next: (any SessionEventSink)?

    public init(passingOnTo next: (any SessionEventSink)? = nil) {
        self.next = next
    }

    public func receive(_ event: SessionEvent) {
        events.append(event)
        next?.receive(event)
    }

    public func flush() {
        next?.flush()
    }

    public func takeWriteFailure() -> Int32? {
        next?.takeWriteFailure()
    }

    /// Everything a terminal would have shown on `stream`, in order.
    public func text(of stream: OutputStream) -> String {
        events.reduce(into: "") { text, event in
            let shown = event.terminalText
            if shown.stream == stream { text += shown.text }
        }
    }

    public func removeAll() {
        events.removeAll()
    }
}

/// A sink that shows events as a terminal does: stdout text to one function, stderr text to another.
///
/// ```swift
/// let session = Session(sink: TextSink(write: { print($0, terminator: "") }, writeError: { _ in }))
/// ```
public final class TextSink: SessionEventSink {
    private let write: (String) -> Void
    private let writeError: (String) -> Void
    private let flushOutput: () -> Void

    public init(
        write: @escaping (String) -> Void, writeError: @escaping (String) -> Void, flush: @escaping () -> Void = {}
    ) {
        self.write = write
        self.writeError = writeError
        self.flushOutput = flush
    }

    public func receive(_ event: SessionEvent) {
        let (stream, text) = event.terminalText
        switch stream {
        case .stdout: write(text)
        case .stderr: writeError(text)
        }
    }

    public func flush() {
        flushOutput()
    }
}

/// A sink that drops every event: for sessions whose output is read from `runCell`'s results.
public final class DiscardingSink: SessionEventSink {
    public init() {}

    public func receive(_ event: SessionEvent) {}
}
