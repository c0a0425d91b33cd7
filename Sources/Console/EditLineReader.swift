import CEditLine
import Glibc

/// An interactive line reader over libedit.
///
/// It provides the prompt through a callback, emacs-style editing, in-session
/// history with Up/Down recall and Ctrl-R search, Tab completion through the
/// application's completer, and a persistent history file saved atomically.
/// Use it only when standard input and output are terminals; see
/// `PlainLineReader` for pipes. Create it on the main thread before other
/// threads start: it calls `setlocale`, and `el_init` reads terminfo into
/// process-global state. Call `close()` to restore the terminal at a known
/// point; `deinit` does it otherwise.
public final class EditLineReader: LineReader {
    private var editLine: OpaquePointer?
    private let history: HistoryStore
    /// The prompt handed to libedit; owned here because libedit keeps only the pointer.
    private var promptStorage: UnsafeMutablePointer<CChar>?
    let completion: CompletionSource
    private let interactive: Bool
    /// Set by the interrupt key; el_gets then reports end of file, which this tells apart.
    var interruptKeyPressed = false
    /// Set by Ctrl-D on an empty line; el_gets then returns an empty line, which this tells apart.
    var endOfInputKeyPressed = false
    /// The terminal, read by Wick rather than libedit (see `KeyInput`).
    let input = KeyInput()
    /// Whole statements typed, oldest first, for Up/Down and Ctrl-R.
    var navigator: HistoryNavigator
    /// The Ctrl-R search under way, if any.
    var search: IncrementalSearch?
    /// The prompt shown before a Ctrl-R search, restored when it ends.
    var savedPrompt: String?
    /// The prompt without colour, for measuring where the cursor is.
    var plainPrompt = ""
    /// The colour escapes around the prompt, empty when colour is off.
    let promptColour: (start: String, end: String)
    /// The width libedit last drew for; a change means the window was resized.
    var width: Int

    /// Creates a reader, loading the history file if there is one.
    ///
    /// - Parameters:
    ///   - historyPath: The history file; nil for in-session history only. A
    ///     missing file is fine. An existing file that cannot be read (or is
    ///     not a libedit history file) draws a one-line warning on standard
    ///     error and is never overwritten.
    ///   - historyLimit: The most entries kept in memory and in the file (at least 1).
    ///   - completion: What the session can offer Tab.
    ///   - promptColour: Escapes printed before and after the prompt (empty for none).
    /// - Returns: nil if libedit cannot be initialised.
    public init?(
        historyPath: String?, historyLimit: Int = 1000, completion: CompletionSource,
        promptColour: (start: String, end: String) = ("", "")
    ) {
        Self.prepareLocale()
        guard let history = HistoryStore(path: historyPath, limit: historyLimit), let handle = history.handle else {
            return nil
        }
        WindowResize.install()
        guard let editLine = el_init("wick", cel_stdin(), cel_stdout(), cel_stderr()) else { return nil }
        self.editLine = editLine
        self.history = history
        self.completion = completion
        self.interactive = isatty(STDIN_FILENO) != 0
        self.navigator = HistoryNavigator(entries: history.entries())
        self.promptColour = promptColour
        self.width = TerminalKeys.columns()

        // C callbacks cannot capture; they find this object through client data,
        // which is unretained, so close() must run before the object goes away.
        _ = cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_editor(editLine, "emacs")
        // libedit's own handlers restore the terminal on SIGINT, SIGHUP, SIGTERM
        // and friends and pass the signal on, and they track SIGWINCH.
        _ = cel_set_signal(editLine, 1)
        _ = cel_set_history(editLine, handle)
        // Colour escapes sit between two \u{1} marks so libedit does not count them as columns.
        _ = cel_set_prompt_esc(
            editLine,
            { editLine in
                guard let editLine, let reader = EditLineReader.from(editLine) else { return nil }
                return reader.promptStorage
            }, 1)
        _ = cel_set_getcfn(editLine) { editLine, character in
            guard let editLine, let character, let reader = EditLineReader.from(editLine) else { return -1 }
            return reader.readCharacter(editLine, into: character)
        }
        addCommands(editLine)

        // ISIG off while editing: the signal keys become ordinary keys (see TerminalKeys).
        _ = cel_setty(editLine, "-d", "-isig")
        let keys = TerminalKeys.signalKeys()
        _ = cel_add_function(editLine, "wick-interrupt", "Discard the line (KeyboardInterrupt)") { editLine, _ in
            guard let editLine, let reader = EditLineReader.from(editLine) else { return UInt8(CC_ERROR) }
            reader.interruptKeyPressed = true
            return UInt8(CC_EOF)
        }
        _ = cel_add_function(editLine, "wick-suspend", "Suspend the process") { editLine, _ in
            guard let editLine else { return UInt8(CC_ERROR) }
            return TerminalKeys.raise(SIGTSTP, editLine: editLine)
        }
        _ = cel_add_function(editLine, "wick-quit", "Quit with a core dump") { editLine, _ in
            guard let editLine else { return UInt8(CC_ERROR) }
            return TerminalKeys.raise(SIGQUIT, editLine: editLine)
        }
        if let key = keys.interrupt { _ = cel_bind(editLine, key, "wick-interrupt") }
        if let key = keys.suspend { _ = cel_bind(editLine, key, "wick-suspend") }
        if let key = keys.quit { _ = cel_bind(editLine, key, "wick-quit") }
    }

    /// The reader that owns `editLine`, found through its client data.
    static func from(_ editLine: OpaquePointer) -> EditLineReader? {
        guard let data = cel_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    deinit {
        close()
    }

    /// Reads one line with editing; returns `.interrupted` on Ctrl-C and `.eof` on Ctrl-D or I/O failure.
    ///
    /// On either of those the reader has already ended the screen line (after
    /// `^C` or libedit's `^D`), so the caller prints only its own message.
    public func readLine(prompt: String) -> LineReadResult {
        readLine(prompt: prompt, initialText: "")
    }

    /// Reads one line that starts out holding `initialText` (the indentation of a block), as if typed.
    public func readLine(prompt: String, initialText: String) -> LineReadResult {
        guard let editLine else { return .eof }
        setPrompt(prompt)
        // Text with newlines (from %load) goes in as a paste, so its newlines do not press Enter.
        if initialText.contains("\n") {
            input.inject(TerminalKeys.pasteStart + initialText + TerminalKeys.pasteEnd)
        } else if !initialText.isEmpty {
            input.inject(initialText)
        }
        navigator.reset()
        search = nil
        // Bracketed paste on while editing: the terminal marks pasted text, read whole by `paste`.
        Output.write(TerminalKeys.bracketedPasteOn)
        defer {
            Output.write(TerminalKeys.bracketedPasteOff)
            Output.flush()
        }

        var count: Int32 = 0
        // A Ctrl-C at the prompt must not abort the statement typed next,
        // and one pressed before the prompt appeared belongs to the last one.
        Interrupt.clear()
        interruptKeyPressed = false
        endOfInputKeyPressed = false
        let raw = el_gets(editLine, &count)
        let error = errno
        Interrupt.clear()

        if interruptKeyPressed {
            interruptKeyPressed = false
            finishInterruptedLine(editLine)
            return .interrupted
        }
        if endOfInputKeyPressed {
            // Ends the screen line; unlike libedit's own Ctrl-D, no `^D` is drawn.
            endOfInputKeyPressed = false
            fputs("\n", cel_stdout())
            fflush(cel_stdout())
            return .eof
        }
        guard let raw, count > 0 else {
            // SIGINT from elsewhere (kill -INT) still ends the read through
            // libedit's handler, with EINTR.
            if count == -1 && error == EINTR {
                finishInterruptedLine(editLine)
                return .interrupted
            }
            if count == 0 && interactive {
                fputs("\n", cel_stdout())
                fflush(cel_stdout())
            }
            return .eof
        }
        return .line(LineBytes.decode(raw, count: Int(count), strippingNewline: true, strippingCarriageReturn: false))
    }

    /// Adds an entry (a whole statement, newlines inside) to the history and so to the file on the next save.
    public func addHistory(_ entry: String) {
        history.add(entry)
        navigator.add(entry)
    }

    /// Replaces the prompt libedit draws, wrapped in the colour escapes.
    func setPrompt(_ prompt: String, coloured: Bool = true) {
        plainPrompt = prompt
        free(promptStorage)
        // The colour ends before the prompt's trailing spaces: libedit drops a literal at the very end.
        let body = String(prompt.reversed().drop { $0 == " " }.reversed())
        let spaces = String(repeating: " ", count: prompt.count - body.count)
        let text =
            promptColour.start.isEmpty || !coloured || ![">>> ", "... "].contains(prompt)
            ? prompt : "\u{1}" + promptColour.start + "\u{1}" + body + "\u{1}" + promptColour.end + "\u{1}" + spaces
        promptStorage = strdup(text)
    }

    /// Saves the history file atomically with mode 0600; does nothing if there is no usable file.
    ///
    /// Failures are silent, as in CPython: a read-only home directory should
    /// not produce a complaint on every exit.
    public func saveHistory() {
        history.save()
    }

    /// Restores the terminal and releases libedit; the reader returns `.eof` afterwards.
    ///
    /// The history stays in memory, so `saveHistory()` still works after `close()`.
    public func close() {
        if let editLine {
            el_end(editLine)
            self.editLine = nil
        }
        free(promptStorage)
        promptStorage = nil
    }

    /// Ends the screen line after Ctrl-C the way a shell does.
    ///
    /// libedit has already restored the terminal but leaves the cursor where it
    /// was; echoing the rest of the buffer first puts the `^C` at the end of the
    /// line even when the cursor was in the middle or the line wrapped.
    private func finishInterruptedLine(_ editLine: OpaquePointer) {
        if let info = el_line(editLine)?.pointee, let cursor = info.cursor, let last = info.lastchar, last > cursor {
            let rest = LineBytes.decode(cursor, count: last - cursor, strippingNewline: false, strippingCarriageReturn: false)
            fputs(rest, cel_stdout())
        }
        fputs("^C\n", cel_stdout())
        fflush(cel_stdout())
    }

    /// Makes libedit decode typed UTF-8.
    ///
    /// libedit decodes input with mbrtowc and never calls setlocale, so in the C
    /// locale of a fresh process every non-ASCII byte typed would be dropped.
    /// Only LC_CTYPE changes, so number formatting is unaffected.
    private static func prepareLocale() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        // LANG unset or naming a non-UTF-8 locale: Debian always ships C.UTF-8.
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
