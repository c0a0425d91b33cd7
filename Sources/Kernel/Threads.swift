import Autograd
import Glibc

/// A detached thread for the kernel's always-on loops (heartbeat, control).
enum KernelThread {
    private final class Job: @unchecked Sendable {
        let body: () -> Void

        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts `body` on its own thread; false when the system refused one.
    @discardableResult
    static func start(_ body: @escaping () -> Void) -> Bool {
        let context = Unmanaged.passRetained(Job(body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
                return nil
            }, context)
        guard created == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }
}

/// A mutual-exclusion lock around a socket that two threads write (iopub).
final class KernelLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() { pthread_mutex_init(mutex, nil) }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }
}

/// SIGINT, as jupyter_client sends it for "Interrupt": sets the engine's Ctrl-C flag, which the
/// interpreter and long kernels poll and turn into `KeyboardInterrupt`. The kernel lives on.
enum KernelSignals {
    static func installInterruptHandler() {
        _ = Interruption.isPending
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.request() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}
