#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs work (the parser, the interpreter) on a thread with a large, known stack.
///
/// The parser is recursive descent with an explicit depth bound. The bound
/// makes stack use finite, but callers may run on threads with small stacks
/// (Swift concurrency's pool, a test runner), and unoptimised builds use
/// kilobytes per frame. A dedicated thread makes "never crash" independent
/// of the caller.
enum StackThread {
    /// Enough for `Parser.maximumDepth` in a debug build, with a wide margin;
    /// only the pages actually touched are committed.
    static let size = 64 << 20
    /// The interpreter's stack: 1000 Python frames of several Swift frames each, committed lazily.
    static let interpreterSize = 1 << 30

    private final class Job: @unchecked Sendable {
        let body: () -> Void

        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a fresh thread with `size` bytes of stack and waits for it;
    /// runs it in place if no such thread can be made.
    static func run<T>(stackSize: Int = size, _ body: () -> T) -> T {
        withoutActuallyEscaping(body) { escapable in
            var result: T?
            let job = Job { result = escapable() }
            if spawnAndJoin(job, stackSize: stackSize), let finished = result { return finished }
            return escapable()
        }
    }

    private static func spawnAndJoin(_ job: Job, stackSize: Int) -> Bool {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return false }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return false }
        let context = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Darwin)
            var thread: pthread_t?
        #else
            var thread = pthread_t()
        #endif
        let created = pthread_create(
            &thread, &attributes,
            { context in
                #if canImport(Darwin)
                    let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
                #else
                    guard let context else { return nil }
                    let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
                #endif
                job.body()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return false
        }
        #if canImport(Darwin)
            guard let thread else { return false }
        #endif
        return pthread_join(thread, nil) == 0
    }
}
