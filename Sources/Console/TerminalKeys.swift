import CEditLine
import Glibc

/// The keys that raise signals, and raising those signals by hand while libedit edits a line.
///
/// The reader turns ISIG off while editing so that Ctrl-C is an ordinary key,
/// handled in order with the keys typed before it. Delivered as a signal it
/// could arrive while libedit was between two reads and be lost, or overtake
/// (and discard) typeahead. The price is that the suspend and quit keys must
/// then be re-created here.
enum TerminalKeys {
    /// The terminal's interrupt, suspend and quit characters as libedit key names (`^C`, `^Z`, `^\`).
    static func signalKeys() -> (interrupt: String?, suspend: String?, quit: String?) {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return ("^C", "^Z", "^\\") }
        let characters = withUnsafeBytes(of: &settings.c_cc) { bytes in
            (bytes[Int(VINTR)], bytes[Int(VSUSP)], bytes[Int(VQUIT)])
        }
        return (keyName(characters.0), keyName(characters.1), keyName(characters.2))
    }

    /// The `el_set(EL_BIND)` name of a control character, or nil if it is disabled or not a control character.
    static func keyName(_ byte: UInt8) -> String? {
        switch byte {
        case 0:
            // _POSIX_VDISABLE on Linux: the user switched this key off.
            return nil
        case 0x7F:
            return "^?"
        case 1..<0x20:
            return "^" + String(UnicodeScalar(byte + 0x40))
        default:
            return nil
        }
    }

    /// Raises `signal` (SIGTSTP or SIGQUIT) the way the terminal would, and resumes editing afterwards.
    ///
    /// The terminal goes back to cooked mode first so the shell gets it in a
    /// sane state. libedit's own handlers are bypassed (default actions set for
    /// the duration) because once fired they stay disarmed until the next
    /// `el_gets`, so a second Ctrl-Z on the same line would stop the process
    /// with the terminal left raw.
    static func raise(_ signal: Int32, editLine: OpaquePointer) -> UInt8 {
        _ = cel_prep_term(editLine, 0)
        var defaultAction = sigaction()
        sigemptyset(&defaultAction.sa_mask)
        defaultAction.__sigaction_handler.sa_handler = nil
        var savedSignal = sigaction()
        var savedContinue = sigaction()
        sigaction(signal, &defaultAction, &savedSignal)
        sigaction(SIGCONT, &defaultAction, &savedContinue)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, signal)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        // Like the terminal, stop the whole foreground job. A stop signal is
        // discarded for an orphaned process group, exactly as for the real key.
        kill(0, signal)
        sigaction(signal, &savedSignal, nil)
        sigaction(SIGCONT, &savedContinue, nil)
        _ = cel_prep_term(editLine, 1)
        return UInt8(CC_REDISPLAY)
    }
}
