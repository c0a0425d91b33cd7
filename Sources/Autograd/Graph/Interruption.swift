import Synchronization

/// The process-wide request to stop (Ctrl-C), set from a signal handler and honoured by long work.
///
/// Long-running engine work — big element loops, matrix products, backward passes, every
/// allocation — checks the flag between chunks of about 65,000 elements and throws
/// `KeyboardInterrupt`; the language raises it with a traceback. A check is one relaxed atomic
/// load, so small tensors pay nothing measurable.
///
/// ```swift
/// Interruption.request()  // from a SIGINT handler
/// _ = try Tensor.ones([1 << 30]).exp()  // throws TorchError(.keyboardInterrupt, "")
/// ```
public enum Interruption {
    private static let pending = Atomic<Bool>(false)

    /// Elements a loop handles between two checks.
    public static let chunk = 1 << 16

    /// Asks running work to stop; async-signal-safe (one atomic store).
    public static func request() {
        pending.store(true, ordering: .relaxed)
    }

    /// Whether a request is waiting, without taking it.
    public static var isPending: Bool {
        pending.load(ordering: .relaxed)
    }

    /// Takes a waiting request: returns whether there was one and clears it.
    public static func take() -> Bool {
        pending.load(ordering: .relaxed) && pending.exchange(false, ordering: .relaxed)
    }

    /// Forgets any waiting request.
    public static func clear() {
        pending.store(false, ordering: .relaxed)
    }

    /// Throws `KeyboardInterrupt` (taking the request) when one is waiting.
    @inline(__always)
    public static func check() throws {
        if take() { throw TorchError(.keyboardInterrupt, "") }
    }

    /// Runs `body` over `0..<count` in ranges of `chunk` elements, checking between them.
    @inline(__always)
    static func chunked(_ count: Int, _ body: (Range<Int>) throws -> Void) throws {
        var start = 0
        while start < count {
            let end = count - start > chunk ? start + chunk : count
            try body(start..<end)
            start = end
            if start < count { try check() }
        }
    }
}
