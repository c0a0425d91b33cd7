/// Up/Down through history with what was typed before the cursor as a prefix, as IPython does.
///
/// Entries are whole statements (a loop is one entry, newlines inside). The
/// prefix is fixed when navigation starts and kept while the user only moves
/// through history; editing the line starts a new search from the newest entry.
struct HistoryNavigator {
    /// Oldest first.
    private(set) var entries: [String]
    /// The entry shown, or nil while the user's own line is shown.
    private var index: Int?
    private var prefix = ""
    /// The user's own line, given back by Down past the newest match.
    private var typed = ""
    /// What navigation last put in the buffer; anything else means the user edited it.
    private var shown: String?

    init(entries: [String] = []) {
        self.entries = entries
    }

    /// Appends an entry (a repeat of the newest is dropped) and forgets any navigation.
    mutating func add(_ entry: String) {
        if entries.last != entry { entries.append(entry) }
        reset()
    }

    /// Back to the user's own line.
    mutating func reset() {
        index = nil
        shown = nil
    }

    /// The next older entry starting with the prefix, or nil (the buffer stays as it is).
    mutating func older(current: String, beforeCursor: String) -> String? {
        if shown != current {
            index = nil
            typed = current
            prefix = beforeCursor
        }
        var position = (index ?? entries.count) - 1
        while position >= 0 {
            let entry = entries[position]
            if entry.hasPrefix(prefix) && entry != current {
                index = position
                shown = entry
                return entry
            }
            position -= 1
        }
        return nil
    }

    /// The next newer entry starting with the prefix, then the user's own line; nil when not navigating.
    mutating func newer(current: String) -> String? {
        guard let start = index, shown == current else { return nil }
        var position = start + 1
        while position < entries.count {
            let entry = entries[position]
            if entry.hasPrefix(prefix) && entry != current {
                index = position
                shown = entry
                return entry
            }
            position += 1
        }
        reset()
        return typed
    }
}
