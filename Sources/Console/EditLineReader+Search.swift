import CEditLine
import Glibc

/// Ctrl-R: reverse incremental search with readline's prompt, where any editing key leaves the search and acts.
extension EditLineReader {
    /// Starts a search from the line being edited.
    func startSearch(_ editLine: OpaquePointer) -> UInt8 {
        let current = line(editLine)
        let state = IncrementalSearch(entries: navigator.entries, original: current.text)
        search = state
        savedPrompt = plainPrompt
        setPrompt(state.prompt, coloured: false)
        return UInt8(CC_REDISPLAY)
    }

    /// Reads one key while searching and updates the search; called from `readCharacter`.
    ///
    /// Printable keys extend the pattern, Backspace shortens it, Ctrl-R finds
    /// an older match and Ctrl-G gives the original line back. Any other key
    /// (arrows, Home/End, Enter, Ctrl-A, Tab, a lone Escape) ends the search
    /// with the match in the line and is then handled as if typed there.
    func searchKey(_ editLine: OpaquePointer) {
        guard var state = search else { return }
        guard let key = readKey() else {
            finishSearch(editLine, state, keeping: true, then: "")
            return
        }
        switch key {
        case "\u{12}": state.searchOlder()
        case "\u{7F}", "\u{08}": state.deleteBackward()
        case "\u{07}":
            finishSearch(editLine, state, keeping: false, then: "")
            return
        case "\u{1B}":
            finishSearch(editLine, state, keeping: true, then: "")
            return
        default:
            let scalars = key.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first, scalar.value >= 0x20 else {
                finishSearch(editLine, state, keeping: true, then: key)
                return
            }
            state.type(Character(scalar))
        }
        search = state
        setPrompt(state.prompt, coloured: false)
        replaceLine(editLine, with: state.text, cursor: state.cursor)
        input.inject(TerminalKeys.redrawKey)
    }

    /// Ends the search with the match (or the original line) and queues `key` to act on it.
    private func finishSearch(_ editLine: OpaquePointer, _ state: IncrementalSearch, keeping: Bool, then key: String) {
        search = nil
        setPrompt(searchReturnPrompt)
        if keeping {
            replaceLine(editLine, with: state.text, cursor: state.cursor)
        } else {
            replaceLine(editLine, with: state.original)
        }
        input.inject(TerminalKeys.redrawKey + key)
    }

    /// The prompt to restore when a search ends.
    private var searchReturnPrompt: String {
        savedPrompt ?? ">>> "
    }

    /// One key as the terminal sends it: a character, or a whole escape sequence; nil at end of input.
    func readKey() -> String? {
        while true {
            switch input.next() {
            case .scalar(let scalar):
                guard scalar == "\u{1B}" else { return String(scalar) }
                return "\u{1B}" + escapeSequenceRest()
            case .endOfInput:
                return nil
            case .interrupted:
                if Interrupt.isPending { return "\u{03}" }
            case .resized:
                continue
            }
        }
    }

    /// The bytes after ESC of a CSI (`ESC [ … final`) or SS3 (`ESC O x`) sequence; empty for a lone Escape.
    private func escapeSequenceRest() -> String {
        guard let introducer = input.nextByte(within: 50) else { return "" }
        var text = String(UnicodeScalar(introducer))
        if introducer == UInt8(ascii: "O") {
            if let final = input.nextByte(within: 50) { text.append(Character(UnicodeScalar(final))) }
            return text
        }
        guard introducer == UInt8(ascii: "[") else { return text }
        while let byte = input.nextByte(within: 50) {
            text.append(Character(UnicodeScalar(byte)))
            if (0x40...0x7E).contains(byte) { break }
        }
        return text
    }
}
