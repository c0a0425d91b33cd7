import Glibc
import Synchronization

/// The process-wide Ctrl-C flag, set by a SIGINT handler and polled by long-running work.
///
/// The handler only stores into an atomic, which is async-signal-safe; code
/// that may run for a long time calls `poll()` regularly and raises
/// `KeyboardInterrupt` when it returns true.
public enum Interrupt {
    static let requested = Atomic<Bool>(false)

    /// Installs the SIGINT handler and unblocks SIGINT.
    ///
    /// Call this only in interactive mode: for a piped script the default
    /// action (exit status 130) is what users expect. The handler is installed
    /// without `SA_RESTART` so blocking calls return early with EINTR.
    public static func install() {
        // Run the lazy initialisation of `requested` now, never inside the handler.
        _ = requested.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interrupt.requested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A blocked SIGINT is inherited across exec (test runners block it),
        // and Ctrl-C would then be silently ignored.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Returns whether Ctrl-C was pressed since the last poll, and clears the flag.
    public static func poll() -> Bool {
        requested.exchange(false, ordering: .relaxed)
    }

    /// Forgets any pending Ctrl-C.
    public static func clear() {
        requested.store(false, ordering: .relaxed)
    }

    /// Whether a Ctrl-C is pending, without clearing it.
    public static var isPending: Bool {
        requested.load(ordering: .relaxed)
    }
}
