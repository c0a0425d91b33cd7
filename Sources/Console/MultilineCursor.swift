/// Cursor arithmetic in a multi-line edit buffer (a recalled or pasted block), in Unicode scalars.
enum MultilineCursor {
    /// Where Up moves the cursor: the same column of the line above, or nil on the first line.
    static func up(_ text: [Unicode.Scalar], cursor: Int) -> Int? {
        let start = lineStart(text, cursor)
        guard start > 0 else { return nil }
        let column = cursor - start
        let previousStart = lineStart(text, start - 1)
        return previousStart + min(column, start - 1 - previousStart)
    }

    /// Where Down moves the cursor: the same column of the line below, or nil on the last line.
    static func down(_ text: [Unicode.Scalar], cursor: Int) -> Int? {
        guard let newline = text[min(cursor, text.count)...].firstIndex(of: "\n") else { return nil }
        let column = cursor - lineStart(text, cursor)
        let nextStart = newline + 1
        let nextEnd = text[nextStart...].firstIndex(of: "\n") ?? text.count
        return nextStart + min(column, nextEnd - nextStart)
    }

    /// How many screen rows above the cursor the edit began, for `text` (prompt plus line up to the cursor).
    static func rowsAbove(_ text: String, width: Int) -> Int {
        guard width > 0 else { return 0 }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var rows = 0
        for (index, line) in lines.enumerated() {
            rows += line.count / width
            if index < lines.count - 1 { rows += 1 }
        }
        return rows
    }

    private static func lineStart(_ text: [Unicode.Scalar], _ cursor: Int) -> Int {
        var index = min(cursor, text.count)
        while index > 0 && text[index - 1] != "\n" { index -= 1 }
        return index
    }
}
