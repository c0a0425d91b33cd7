/// The `traceback` of an `error` message as IPython's kernel writes it, without colours:
///
/// ```
/// ---------------------------------------------------------------------------
/// ZeroDivisionError                         Traceback (most recent call last)
/// Cell In[1], line 2
///       1 x = 1
/// ----> 2 x / 0
///
/// ZeroDivisionError: division by zero
/// ```
///
/// Built from the CPython-style report the session prints (`Traceback (most recent call last):`,
/// `  File "In[1]", line 2, in <module>`, …): frames in cells show their source lines with
/// IPython's two lines of context and arrow; syntax errors keep CPython's caret block.
enum IPythonTraceback {
    /// IPython's header width.
    static let width = 75

    struct Frame: Equatable {
        var file: String
        var line: Int
        var function: String?
        var sourceLine: String?
    }

    static func lines(report: String, name: String, message: String, sources: [String: String]) -> [String] {
        let summary = message.isEmpty ? name : "\(name): \(message)"
        let reportLines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard reportLines.first == "Traceback (most recent call last):" else {
            return syntaxErrorLines(reportLines, summary: summary)
        }
        let header = name + rightAligned("Traceback (most recent call last)", width - name.count)
        let frames = parseFrames(reportLines).map { render($0, sources: sources) }
        return [String(repeating: "-", count: width), header] + frames + [summary]
    }

    /// `  File "F", line N, in G` lines, each with the indented source line that follows it.
    static func parseFrames(_ lines: [String]) -> [Frame] {
        var frames: [Frame] = []
        for (index, line) in lines.enumerated() {
            guard line.hasPrefix("  File \""), let frame = parseLocation(line) else { continue }
            var found = frame
            if index + 1 < lines.count, lines[index + 1].hasPrefix("    ") {
                found.sourceLine = String(lines[index + 1].drop { $0 == " " })
            }
            frames.append(found)
        }
        return frames
    }

    private static func parseLocation(_ line: String) -> Frame? {
        let rest = line.dropFirst("  File \"".count)
        guard let quote = rest.lastIndex(of: "\"") else { return nil }
        let file = String(rest[..<quote])
        let tail = rest[rest.index(after: quote)...]
        guard tail.hasPrefix(", line ") else { return nil }
        let numberAndFunction = tail.dropFirst(", line ".count)
        let digits = numberAndFunction.prefix { $0.isNumber }
        guard let number = Int(digits) else { return nil }
        let after = numberAndFunction.dropFirst(digits.count)
        let function = after.hasPrefix(", in ") ? String(after.dropFirst(", in ".count)) : nil
        return Frame(file: file, line: number, function: function, sourceLine: nil)
    }

    /// One frame: `Cell In[n], line L` with context for cells, `File F:L, in G` for anything else.
    static func render(_ frame: Frame, sources: [String: String]) -> String {
        let inFunction = frame.function.flatMap { $0 == "<module>" ? nil : ", in " + $0 } ?? ""
        guard let source = sources[frame.file] else {
            let text = "File \(frame.file):\(frame.line)\(inFunction)\n"
            return text + (frame.sourceLine.map { "      " + $0 + "\n" } ?? "")
        }
        var text = "Cell \(frame.file), line \(frame.line)\(inFunction)\n"
        let cellLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let first = max(frame.line - 2, 1)
        let last = min(frame.line + 2, cellLines.count)
        if first <= last {
            for number in first...last {
                let marker = number == frame.line ? arrow(for: number) : rightAligned(String(number), 7)
                text += marker + " " + cellLines[number - 1] + "\n"
            }
        }
        return text
    }

    /// IPython's `----> 12` marker, 7 columns wide.
    static func arrow(for number: Int) -> String {
        let pad = 7 - String(number).count
        let head = pad >= 2 ? String(repeating: "-", count: pad - 2) + "> " : (pad == 1 ? ">" : "")
        return head + String(number)
    }

    /// CPython's syntax error block with the cell named as IPython names it.
    private static func syntaxErrorLines(_ lines: [String], summary: String) -> [String] {
        var block = lines
        while let last = block.last, last.isEmpty || !last.hasPrefix(" ") { block.removeLast() }
        let located = block.map { line -> String in
            guard line.hasPrefix("  File \""), let frame = parseLocation(line) else { return line }
            let name = frame.file.hasPrefix("In[") ? "Cell \(frame.file)" : "File \(frame.file)"
            return "  \(name), line \(frame.line)"
        }
        return located.isEmpty ? [summary] : [located.joined(separator: "\n") + "\n", summary]
    }

    /// Python's `str.rjust`.
    private static func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}
