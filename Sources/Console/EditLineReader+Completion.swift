import CEditLine
import Glibc

/// Tab: inserts the unambiguous part, or lists candidates in columns, asking first when there are many.
extension EditLineReader {
    func complete(_ editLine: OpaquePointer) -> UInt8 {
        let current = line(editLine)
        let before = String(String.UnicodeScalarView(Array(current.text.unicodeScalars)[..<current.cursor]))
        switch Completion.action(beforeCursor: before, source: completion) {
        case .insert(let text):
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .list(let words):
            list(words)
            // CC_REDISPLAY redraws the prompt and the line below the listing.
            return UInt8(CC_REDISPLAY)
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .nothing:
            return UInt8(CC_REFRESH)
        }
    }

    /// Prints the candidates below the line, as readline does: after a y/n question when there are many.
    private func list(_ words: [String]) {
        if words.count >= CompletionColumns.queryThreshold {
            Output.write("\n" + CompletionColumns.question(count: words.count))
            Output.flush()
            var answer: String?
            while answer == nil {
                guard let key = readKey() else { break }
                if ["y", "Y", " "].contains(key) { answer = "y" }
                if ["n", "N", "\u{7F}", "\u{07}", "\u{03}", "\u{04}"].contains(key) { answer = "n" }
            }
            guard answer == "y" else {
                Output.write("\n")
                Output.flush()
                return
            }
        }
        Output.write("\n" + CompletionColumns.layout(words, width: TerminalKeys.columns()) + "\n")
        Output.flush()
    }
}
