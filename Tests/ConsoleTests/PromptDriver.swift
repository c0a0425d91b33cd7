import Foundation
import Testing

/// Types at wick's prompt one entry at a time, the way a careful person would.
///
/// Each `enter` starts at a prompt in raw mode (so no key can reach the
/// kernel's line editor instead of libedit) and ends at the next prompt in raw
/// mode, returning what the entry printed.
final class PromptDriver {
    let terminal: PseudoTerminal
    /// Everything shown before the first prompt: the banner.
    private(set) var banner: String?

    /// Starts wick on a pseudo-terminal (history in `directory`) and waits for its first prompt.
    ///
    /// - Parameters:
    ///   - columns: The terminal's width; wide enough by default that no typed line wraps.
    ///   - standardErrorPath: A file for standard error instead of the terminal.
    init(
        directory: TemporaryDirectory, columns: UInt16 = 400, standardErrorPath: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        terminal = try WickBinary.launch(
            historyPath: directory.path + "/history", columns: columns, standardErrorPath: standardErrorPath,
            sourceLocation: sourceLocation)
        banner = terminal.collect(until: ">>> ").map(TerminalText.plain)
        #expect(banner != nil && terminal.waitForRawMode(), "\(terminal.transcript)", sourceLocation: sourceLocation)
    }

    /// Types `line` and Enter, waits for `next` (`>>> ` or `... `), and returns the entry's output as plain text.
    ///
    /// - Returns: The text between the echo of `line` and the next prompt, or
    ///   nil (with a recorded issue) if the prompt never came.
    @discardableResult
    func enter(_ line: String, next: String = ">>> ", sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        terminal.send(line + "\r")
        guard let chunk = terminal.collect(until: next), terminal.waitForRawMode() else {
            Issue.record(
                "no \(next.debugDescription) after \(line.debugDescription):\n\(terminal.transcript)",
                sourceLocation: sourceLocation)
            return nil
        }
        return TerminalText.output(of: chunk, typed: line, sourceLocation: sourceLocation)
    }

    /// Sends Ctrl-D at the current prompt and returns the exit status.
    func quit() -> Int32 {
        terminal.send([0x04])
        return terminal.waitForExit()
    }
}

/// Turns raw terminal output into the text a person reads.
enum TerminalText {
    /// Removes escape sequences (cursor moves, keypad modes), bells and carriage returns.
    ///
    /// Carriage returns go scalar by scalar: in a Swift string `"\r\n"` is one
    /// Character, which a Character-level replacement of `"\r"` never matches.
    static func plain(_ raw: String) -> String {
        let stripped = raw.replacing(/\x{1B}(?:\[[0-?]*[ -\/]*[@-~]|[^\[])/.matchingSemantics(.unicodeScalar), with: "")
        return String(String.UnicodeScalarView(stripped.unicodeScalars.filter { $0 != "\r" && $0 != "\u{07}" }))
    }

    /// The output of one entry: what follows the echo of the line typed after a prompt.
    ///
    /// `chunk` runs from just after a prompt to just before the next one; its
    /// first line must be the echo of `typed`, after any indentation the prompt supplied.
    static func output(of chunk: String, typed: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let text = String(plain(chunk).drop { $0 == " " })
        let echo = String(typed.drop { $0 == " " }) + "\n"
        #expect(
            text.hasPrefix(echo), "echo of \(typed.debugDescription) in \(text.debugDescription)", sourceLocation: sourceLocation)
        guard let newline = text.firstIndex(of: "\n") else { return "" }
        return String(text[text.index(after: newline)...])
    }
}
