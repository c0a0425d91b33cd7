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
        let stackSize: Int

        init(_ body: @escaping () -> Void, stackSize: Int) {
            self.body = body
            self.stackSize = stackSize
        }

        /// Runs the body on the new thread, after noting where the thread's stack ends.
        func start() {
            if let key = StackThread.stackFloor {
                var marker = 0
                let top = withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
                // A margin for the frames above this one and the guard page.
                pthread_setspecific(key, UnsafeRawPointer(bitPattern: top - stackSize + (256 << 10)))
            }
            body()
        }
    }

    /// The lowest usable stack address of the current thread, when `run` made it (else nil).
    fileprivate static let stackFloor: pthread_key_t? = {
        var key = pthread_key_t()
        return pthread_key_create(&key, nil) == 0 ? key : nil
    }()

    /// Bytes of stack left below the caller, when the current thread is one `run` made.
    private static func remainingStack() -> Int? {
        guard let key = stackFloor, let floor = pthread_getspecific(key) else { return nil }
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
        return here - Int(bitPattern: floor)
    }

    /// Runs `body` on a thread with at least `stackSize` bytes of stack and waits for it: in place
    /// when the caller is already on such a thread with that much left (a notebook's cells run on
    /// one thread, not one each), else on a fresh thread; in place too if no thread can be made.
    static func run<T>(stackSize: Int = size, _ body: () -> T) -> T {
        if let remaining = remainingStack(), remaining >= stackSize { return body() }
        return withoutActuallyEscaping(body) { escapable in
            var result: T?
            let job = Job({ result = escapable() }, stackSize: stackSize)
            if spawnAndJoin(job, stackSize: stackSize), let finished = result { return finished }
            return escapable()
        }
    }

    private static func spawnAndJoin(_ job: Job, stackSize: Int) -> Bool {
        guard let thread = start(job, detached: false) else { return false }
        return pthread_join(thread, nil) == 0
    }

    /// Starts `body` on a detached thread with `stackSize` bytes of stack (a generator's body);
    /// false when no thread could be made.
    static func spawnDetached(stackSize: Int, _ body: @escaping () -> Void) -> Bool {
        start(Job(body, stackSize: stackSize), detached: true) != nil
    }

    /// Starts `job` on a new thread with its stack size, detached or to be joined; nil when no
    /// thread could be made.
    private static func start(_ job: Job, detached: Bool) -> pthread_t? {
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, job.stackSize) == 0,
            !detached || pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) == 0
        else { return nil }
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
                job.start()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
