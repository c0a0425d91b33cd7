/// Lays out completion candidates in columns, down then across, as readline does.
enum CompletionColumns {
    /// readline asks before listing this many candidates or more (`completion-query-items`).
    static let queryThreshold = 100

    /// readline's question before a long list.
    static func question(count: Int) -> String {
        "Display all \(count) possibilities? (y or n)"
    }

    /// The candidates in columns that fit `width`, each line without trailing spaces.
    static func layout(_ words: [String], width: Int) -> String {
        guard !words.isEmpty else { return "" }
        let column = (words.map(\.count).max() ?? 0) + 2
        var perLine = max(1, width / column)
        // readline leaves the last screen column free so lines never wrap early.
        if perLine > 1 && perLine * column == width { perLine -= 1 }
        let rows = (words.count + perLine - 1) / perLine
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            var index = row
            while index < words.count {
                let word = words[index]
                let isLast = index + rows >= words.count
                line += isLast ? word : word + String(repeating: " ", count: column - word.count)
                index += rows
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
