/// Ctrl-R: readline's reverse incremental search through history, as pure state.
struct IncrementalSearch {
    /// Oldest first.
    let entries: [String]
    /// The line before the search began, restored by Ctrl-G.
    let original: String
    private(set) var pattern = ""
    /// The entry matched, or nil for none yet.
    private(set) var match: Int?
    private(set) var failed = false

    init(entries: [String], original: String) {
        self.entries = entries
        self.original = original
    }

    /// readline's search prompt: `(reverse-i-search)`pat': `, with `failed ` when nothing matches.
    var prompt: String {
        "(\(failed ? "failed " : "")reverse-i-search)`\(pattern)': "
    }

    /// The text to show: the matched entry, or the original line.
    var text: String {
        match.map { entries[$0] } ?? original
    }

    /// Where the cursor goes: the start of the match in the entry (in Unicode scalars).
    var cursor: Int {
        guard match != nil, !pattern.isEmpty, let range = text.firstRange(of: pattern) else { return text.unicodeScalars.count }
        return text.unicodeScalars[..<range.lowerBound].count
    }

    /// Adds a typed character and looks again from the current match.
    mutating func type(_ character: Character) {
        pattern.append(character)
        search(from: match ?? entries.count - 1)
    }

    /// Removes the last character and looks again from the newest entry.
    mutating func deleteBackward() {
        guard !pattern.isEmpty else { return }
        pattern.removeLast()
        match = nil
        failed = false
        if !pattern.isEmpty { search(from: entries.count - 1) }
    }

    /// Ctrl-R again: the next older match.
    mutating func searchOlder() {
        guard !pattern.isEmpty else { return }
        search(from: (match ?? entries.count) - 1)
    }

    private mutating func search(from start: Int) {
        var position = start
        while position >= 0 {
            if entries[position].contains(pattern) {
                match = position
                failed = false
                return
            }
            position -= 1
        }
        failed = true
    }
}
