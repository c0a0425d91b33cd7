import Autograd
import Glibc

/// Ctrl-C: a SIGINT handler that sets the engine's `Interruption` flag, which long-running work polls.
///
/// The handler only stores into an atomic, which is async-signal-safe; the
/// interpreter polls between statements and the engine between chunks of a
/// long kernel, and either raises `KeyboardInterrupt`.
public enum Interrupt {

    /// Installs the SIGINT handler and unblocks SIGINT.
    ///
    /// Call this only in interactive mode: for a piped script the default
    /// action (exit status 130) is what users expect. The handler is installed
    /// without `SA_RESTART` so blocking calls return early with EINTR.
    public static func install() {
        // Run the lazy initialisation of the flag now, never inside the handler.
        _ = Interruption.isPending
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.request() }
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
        Interruption.take()
    }

    /// Forgets any pending Ctrl-C.
    public static func clear() {
        Interruption.clear()
    }

    /// Whether a Ctrl-C is pending, without clearing it.
    public static var isPending: Bool {
        Interruption.isPending
    }
}
