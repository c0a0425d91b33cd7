import CEditLine
import Glibc

/// Wick's editor commands: block history with prefix search, Ctrl-D, bracketed paste, redraw on resize.
extension EditLineReader {
    /// The line being edited and the cursor, in Unicode scalars from the start.
    struct Line {
        var text: String
        var cursor: Int
    }

    /// Registers Wick's commands with libedit and binds every key form in `TerminalKeys.bindings`.
    func addCommands(_ editLine: OpaquePointer) {
        let commands: [(String, cel_command_fn)] = [
            ("wick-complete", { e, _ in EditLineReader.dispatch(e) { $0.complete($1) } }),
            ("wick-history-up", { e, _ in EditLineReader.dispatch(e) { $0.historyUp($1) } }),
            ("wick-history-down", { e, _ in EditLineReader.dispatch(e) { $0.historyDown($1) } }),
            ("wick-search", { e, _ in EditLineReader.dispatch(e) { $0.startSearch($1) } }),
            ("wick-end-of-input", { e, _ in EditLineReader.dispatch(e) { $0.endOfInputOrDelete($1) } }),
            ("wick-paste", { e, _ in EditLineReader.dispatch(e) { $0.paste($1) } }),
            ("wick-redraw", { _, _ in UInt8(CC_REDISPLAY) }),
        ]
        for (name, function) in commands {
            _ = cel_add_function(editLine, name, name, function)
        }
        for binding in TerminalKeys.bindings {
            for key in binding.keys { _ = cel_bind(editLine, key, binding.command) }
        }
    }

    /// Runs a command on the reader that owns `editLine`.
    static func dispatch(_ editLine: OpaquePointer?, _ body: (EditLineReader, OpaquePointer) -> UInt8) -> UInt8 {
        guard let editLine, let reader = from(editLine) else { return UInt8(CC_ERROR) }
        return body(reader, editLine)
    }

    /// libedit's read function: one character into `character`; 1 for a character, 0 at end, -1 on Ctrl-C.
    func readCharacter(_ editLine: OpaquePointer, into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            if search != nil && !input.hasInjected {
                searchKey(editLine)
                continue
            }
            switch input.next() {
            case .scalar(let scalar):
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            case .endOfInput:
                return 0
            case .interrupted:
                // kill -INT: libedit's handler passed it on to Wick's, so the flag is set.
                if Interrupt.isPending {
                    errno = EINTR
                    return -1
                }
                redrawIfResized(editLine)
            case .resized:
                // libedit learns the size from its own handler only during its first SIGWINCH of a line.
                el_resize(editLine)
                redrawIfResized(editLine)
            }
        }
    }

    /// The line and cursor as libedit holds them.
    func line(_ editLine: OpaquePointer) -> Line {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor,
            let last = info.lastchar
        else { return Line(text: "", cursor: 0) }
        let before = LineBytes.decode(buffer, count: cursor - buffer, strippingNewline: false, strippingCarriageReturn: false)
        let text = LineBytes.decode(buffer, count: last - buffer, strippingNewline: false, strippingCarriageReturn: false)
        return Line(text: text, cursor: before.unicodeScalars.count)
    }

    /// Replaces the whole line and puts the cursor at `cursor` scalars from the start (the end if nil).
    func replaceLine(_ editLine: OpaquePointer, with text: String, cursor: Int? = nil) {
        let current = line(editLine)
        let length = current.text.unicodeScalars.count
        _ = el_cursor(editLine, Int32(clamping: length - current.cursor))
        el_deletestr(editLine, Int32(clamping: length))
        if !text.isEmpty { _ = el_insertstr(editLine, text) }
        let newLength = text.unicodeScalars.count
        if let cursor, cursor < newLength {
            _ = el_cursor(editLine, Int32(clamping: cursor - newLength))
        }
    }

    /// Up: to the line above inside a multi-line entry, else the previous entry starting with what is typed.
    func historyUp(_ editLine: OpaquePointer) -> UInt8 {
        historyStep(editLine, within: MultilineCursor.up) { current, before in
            navigator.older(current: current, beforeCursor: before)
        }
    }

    /// Down: to the line below inside a multi-line entry, else the next newer matching entry.
    func historyDown(_ editLine: OpaquePointer) -> UInt8 {
        historyStep(editLine, within: MultilineCursor.down) { current, _ in navigator.newer(current: current) }
    }

    /// Moves the cursor to the line `within` finds inside the entry, or else replaces the line with the
    /// history entry `entry(text, textBeforeCursor)` gives (a beep when there is none).
    private func historyStep(
        _ editLine: OpaquePointer, within: ([Unicode.Scalar], Int) -> Int?, entry: (String, String) -> String?
    ) -> UInt8 {
        let current = line(editLine)
        let scalars = Array(current.text.unicodeScalars)
        if let target = within(scalars, current.cursor) {
            _ = el_cursor(editLine, Int32(clamping: target - current.cursor))
            return UInt8(CC_CURSOR)
        }
        let before = String(String.UnicodeScalarView(scalars[..<current.cursor]))
        guard let found = entry(current.text, before) else { return UInt8(CC_REFRESH_BEEP) }
        replaceLine(editLine, with: found)
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-D: end of input on an empty line (no `^D` drawn), else delete the character under the cursor.
    ///
    /// A line holding only its automatic indentation counts as empty.
    func endOfInputOrDelete(_ editLine: OpaquePointer) -> UInt8 {
        let current = line(editLine)
        let length = current.text.unicodeScalars.count
        if current.cursor == length && current.text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            endOfInputKeyPressed = true
            return UInt8(CC_NEWLINE)
        }
        guard current.cursor < length else { return UInt8(CC_REFRESH_BEEP) }
        _ = el_cursor(editLine, 1)
        el_deletestr(editLine, 1)
        return UInt8(CC_REFRESH)
    }

    /// Reads a bracketed paste to its end marker and inserts it whole, newlines and blank lines included.
    ///
    /// The pasted block then runs on Enter as one piece, as in IPython and
    /// CPython 3.13, instead of line by line as if typed.
    func paste(_ editLine: OpaquePointer) -> UInt8 {
        let end = Array(TerminalKeys.pasteEnd.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        reading: while true {
            switch input.next() {
            case .scalar(let scalar):
                scalars.append(scalar)
                if scalars.count >= end.count && Array(scalars.suffix(end.count)) == end {
                    scalars.removeLast(end.count)
                    break reading
                }
            case .endOfInput:
                break reading
            case .interrupted:
                if Interrupt.isPending { break reading }
            case .resized:
                continue
            }
        }
        let text = PastedText.normalised(String(String.UnicodeScalarView(scalars)))
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
    }

    /// After a window resize: clear from the start of the edit and draw prompt and line afresh.
    ///
    /// libedit's SIGWINCH handler has already learnt the new size, but not
    /// where the terminal's reflow left the old text.
    func redrawIfResized(_ editLine: OpaquePointer) {
        let columns = TerminalKeys.columns()
        guard columns != width else { return }
        width = columns
        let current = line(editLine)
        let before = plainPrompt + String(String.UnicodeScalarView(Array(current.text.unicodeScalars)[..<current.cursor]))
        let rows = MultilineCursor.rowsAbove(before, width: columns)
        Output.write("\r" + (rows > 0 ? "\u{1B}[\(rows)A" : "") + "\u{1B}[J")
        Output.flush()
        _ = cel_refresh(editLine)
    }
}

/// Text from a bracketed paste, made ready for the edit buffer.
enum PastedText {
    /// Line ends as `\n` (terminals send `\r`), trailing blank lines and spaces dropped.
    static func normalised(_ text: String) -> String {
        let unified = text.replacingOccurrences("\r\n", with: "\n").replacingOccurrences("\r", with: "\n")
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) {
            lines.removeLast()
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Every occurrence of `target` replaced, compared scalar by scalar (so `"\r"` matches inside `"\r\n"`).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        let scalars = Array(unicodeScalars)
        let pattern = Array(target.unicodeScalars)
        guard !pattern.isEmpty else { return self }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count && Array(scalars[index..<index + pattern.count]) == pattern {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}
