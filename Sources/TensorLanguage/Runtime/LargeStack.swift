#if canImport(Glibc)
    import Glibc
#endif

/// Runs work on a thread with a large stack, so Python-level recursion up to CPython's limit
/// (1000 frames, each several Swift frames deep) cannot overflow the native stack.
enum LargeStack {
    static let size = 1 << 30

    private final class Job {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` to completion on a big-stack thread and returns its result.
    static func run<T>(_ body: () -> T) -> T {
        withoutActuallyEscaping(body) { escapable in
            var result: T?
            let job = Job { result = escapable() }
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, size)
            var thread = pthread_t()
            let context = Unmanaged.passRetained(job).toOpaque()
            let created = pthread_create(
                &thread, &attributes,
                { raw in
                    guard let raw else { return nil }
                    let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
                    job.body()
                    return nil
                }, context)
            if created == 0 {
                pthread_join(thread, nil)
            } else {
                Unmanaged<Job>.fromOpaque(context).release()
                job.body()
            }
            guard let result else { return escapable() }
            return result
        }
    }
}
