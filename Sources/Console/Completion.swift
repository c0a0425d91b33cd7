/// Pure Tab-completion logic, kept free of libedit so it can be unit-tested without a terminal.
public struct Completion {
    /// What the reader should do in response to Tab.
    enum Action: Equatable {
        /// Insert this text at the cursor.
        case insert(String)
        /// Show these candidates, one line, and redraw the prompt below them.
        case list([String])
        /// Nothing sensible to do: ring the bell.
        case beep
        /// The word is already complete and unambiguous.
        case nothing
    }

    /// Text inserted by Tab at the start of a line (or after only whitespace), as CPython does.
    static let indent = "    "

    /// Splits the text before the cursor into everything up to the word being completed, and that word.
    ///
    /// The word is the trailing identifier or dotted name (`x`, `torch.on`,
    /// `torch.`). A run that cannot be a dotted name, such as `.sh` after
    /// `foo()` or the number `3.1`, yields an empty word, because completing
    /// it against global names would be wrong. `prefix + word` always equals
    /// the input.
    public static func fragment(beforeCursor text: String) -> (prefix: String, word: String) {
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let character = text[previous]
            guard character == "." || isIdentifierContinue(character) else { break }
            start = previous
        }
        let run = text[start...]
        guard isDottedNameFragment(run) else { return (text, "") }
        return (String(text[..<start]), String(run))
    }

    /// The longest prefix, in characters, shared by all the words; empty for no words.
    public static func commonPrefix(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        var common = first[...]
        for word in words.dropFirst() {
            var end = common.startIndex
            var other = word.startIndex
            while end < common.endIndex, other < word.endIndex, common[end] == word[other] {
                end = common.index(after: end)
                other = word.index(after: other)
            }
            common = common[..<end]
            if common.isEmpty { break }
        }
        return String(common)
    }

    /// Decides what Tab does, given the text before the cursor and the application's completer.
    static func action(beforeCursor text: String, completer: (String) -> [String]) -> Action {
        let (prefix, word) = fragment(beforeCursor: text)
        if word.isEmpty {
            // Tab on a blank line indents, as in CPython; elsewhere an empty
            // word would list every name in scope, which helps nobody.
            return prefix.allSatisfy(\.isWhitespace) ? .insert(indent) : .beep
        }
        var seen = Set<String>()
        let candidates = completer(word).filter { $0.hasPrefix(word) && seen.insert($0).inserted }
        guard !candidates.isEmpty else { return .beep }
        let common = commonPrefix(candidates)
        if common.count > word.count {
            return .insert(String(common.dropFirst(word.count)))
        }
        if candidates.count == 1 { return .nothing }
        return .list(candidates.sorted())
    }

    /// Whether a run of identifier characters and dots is an identifier or a dotted name being typed.
    static func isDottedNameFragment(_ run: Substring) -> Bool {
        guard let first = run.first, isIdentifierStart(first) else { return run.isEmpty }
        let parts = run.split(separator: ".", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            // Only the last part may be empty: "torch." asks for all attributes.
            if part.isEmpty { return index == parts.count - 1 && index > 0 }
            guard let head = part.first, isIdentifierStart(head) else { return false }
        }
        return true
    }

    /// Whether a character may begin a Python identifier.
    static func isIdentifierStart(_ character: Character) -> Bool {
        guard let head = character.unicodeScalars.first else { return false }
        return head == "_" || head.properties.isXIDStart
    }

    /// Whether a character may appear inside a Python identifier.
    static func isIdentifierContinue(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }
}
