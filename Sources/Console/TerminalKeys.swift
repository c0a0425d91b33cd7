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
    /// Turns the terminal's bracketed paste on: pasted text arrives between `ESC[200~` and `ESC[201~`.
    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"
    static let pasteStart = "\u{1B}[200~"
    static let pasteEnd = "\u{1B}[201~"
    /// A sequence no terminal sends, injected to make libedit redraw the prompt and line.
    static let redrawKey = "\u{1B}[2039~"

    /// Every escape form of the editing keys under xterm, xterm-256color, screen/tmux, rxvt and
    /// the Linux console, with the libedit command (or Wick's) each runs.
    static let bindings: [(keys: [String], command: String)] = [
        (["\u{1B}[H", "\u{1B}OH", "\u{1B}[1~", "\u{1B}[7~", "^A"], "ed-move-to-beg"),
        (["\u{1B}[F", "\u{1B}OF", "\u{1B}[4~", "\u{1B}[8~", "^E"], "ed-move-to-end"),
        (["\u{1B}[3~"], "ed-delete-next-char"),
        (["\u{1B}[2~"], "ed-insert"),
        (
            [
                "\u{1B}[1;5D", "\u{1B}[5D", "\u{1B}Od", "\u{1B}[1;3D", "\u{1B}[1;9D", "\u{1B}\u{1B}[D", "\u{1B}b",
                "\u{1B}B",
            ], "ed-prev-word"
        ),
        (
            [
                "\u{1B}[1;5C", "\u{1B}[5C", "\u{1B}Oc", "\u{1B}[1;3C", "\u{1B}[1;9C", "\u{1B}\u{1B}[C", "\u{1B}f",
                "\u{1B}F",
            ], "em-next-word"
        ),
        (["\u{1B}[A", "\u{1B}OA", "^P"], "wick-history-up"),
        (["\u{1B}[B", "\u{1B}OB", "^N"], "wick-history-down"),
        (["^R"], "wick-search"),
        (["^D"], "wick-end-of-input"),
        (["^I"], "wick-complete"),
        ([pasteStart], "wick-paste"),
        ([redrawKey], "wick-redraw"),
    ]

    /// The terminal's width in columns (80 when it cannot be asked).
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

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
