/// What the session can offer Tab; each closure may return names that do not match, which are filtered.
public struct CompletionSource {
    /// Full words for an identifier or dotted name (`torch.on` → `torch.ones`, …).
    var names: (String) -> [String]
    /// Parameter names of the callable a dotted name evaluates to (`torch.ones` → `requires_grad`, …).
    var keywordArguments: (String) -> [String]
    /// String keys of the dict a dotted name evaluates to.
    var dictionaryKeys: (String) -> [String]
    /// Magic names (without `%`) and their options.
    var magics: [String: [String]]
    /// File and directory names starting with a partial path (`data/tr` → `data/train.csv`, `data/tree/`).
    var paths: (String) -> [String]

    public init(
        names: @escaping (String) -> [String], keywordArguments: @escaping (String) -> [String] = { _ in [] },
        dictionaryKeys: @escaping (String) -> [String] = { _ in [] }, magics: [String: [String]] = [:],
        paths: ((String) -> [String])? = nil
    ) {
        self.names = names
        self.keywordArguments = keywordArguments
        self.dictionaryKeys = dictionaryKeys
        self.magics = magics
        self.paths = paths ?? { PathCompletion.candidates(for: $0) }
    }
}

/// Pure Tab-completion logic, kept free of libedit so it can be unit-tested without a terminal.
public struct Completion {
    /// What the reader should do in response to Tab.
    enum Action: Equatable {
        /// Insert this text at the cursor.
        case insert(String)
        /// Show these candidates in columns, and redraw the prompt below them.
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

    /// Decides what Tab does, given the text before the cursor and what the session can complete.
    static func action(beforeCursor text: String, source: CompletionSource) -> Action {
        if let magic = magicCandidates(text, source: source) { return choose(word: magic.word, from: magic.candidates) }
        if let key = dictionaryKeyCandidates(text, source: source) { return choose(word: key.word, from: key.candidates) }
        if let partial = PathCompletion.partialPath(beforeCursor: text) {
            return choose(word: partial, from: source.paths(partial), shown: PathCompletion.fileName)
        }
        let (prefix, word) = fragment(beforeCursor: text)
        if word.isEmpty {
            // Tab on a blank line indents, as in CPython; elsewhere an empty
            // word would list every name in scope, which helps nobody.
            return prefix.allSatisfy(\.isWhitespace) ? .insert(indent) : .beep
        }
        var candidates = source.names(word)
        if !word.contains("."), let callee = CallContext.callee(before: prefix) {
            candidates = source.keywordArguments(callee).map { $0 + "=" } + candidates
        }
        return choose(word: word, from: candidates)
    }

    /// The action for `word` given full candidates; a listing shows only the part after the last dot.
    static func choose(word: String, from all: [String], shown: (String) -> String = lastComponent) -> Action {
        var seen = Set<String>()
        let candidates = all.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
        guard !candidates.isEmpty else { return .beep }
        let common = commonPrefix(candidates)
        if common.count > word.count {
            return .insert(String(common.dropFirst(word.count)))
        }
        if candidates.count == 1 { return .nothing }
        return .list(candidates.map(shown).sorted())
    }

    private static func lastComponent(_ word: String) -> String {
        guard !word.hasPrefix("%"), let dot = word.lastIndex(of: ".") else { return word }
        return String(word[word.index(after: dot)...])
    }

    /// `%ti` → magic names; `%timeit -` → that magic's options; nil when the line is not a magic.
    static func magicCandidates(_ text: String, source: CompletionSource) -> (word: String, candidates: [String])? {
        let line = text.drop { $0 == " " }
        guard line.hasPrefix("%") else { return nil }
        guard let space = line.firstIndex(of: " ") else {
            return (String(line), source.magics.keys.map { "%" + $0 })
        }
        let name = String(line[line.index(after: line.startIndex)..<space])
        let last = line.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard last.hasPrefix("-"), let options = source.magics[name] else { return nil }
        return (last, options)
    }

    /// `d["ke` → the string keys of `d`, each closed with its quote and bracket.
    static func dictionaryKeyCandidates(_ text: String, source: CompletionSource) -> (word: String, candidates: [String])? {
        guard let match = text.firstMatch(of: /([A-Za-z_][A-Za-z_0-9.]*)\[(['"])([^'"\]]*)$/) else { return nil }
        let (_, expression, quote, partial) = match.output
        let candidates = source.dictionaryKeys(String(expression)).map { $0 + quote + "]" }
        return (String(partial), candidates)
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
