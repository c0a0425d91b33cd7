import TensorLanguage

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
/// Built from the session's error report: frames in cells show their source lines with IPython's
/// two lines of context and arrow; syntax errors keep CPython's caret block.
enum IPythonTraceback {
    /// IPython's header width.
    static let width = 75

    static func lines(_ report: ErrorReport, sources: [String: String]) -> [String] {
        let summary = report.message.isEmpty ? report.name : "\(report.name): \(report.message)"
        guard report.traceback.hasPrefix("Traceback (most recent call last):") else {
            let reportLines = report.traceback.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return syntaxErrorLines(reportLines, summary: summary)
        }
        let header = report.name + rightAligned("Traceback (most recent call last)", width - report.name.count)
        let frames = report.frames.map { render($0, sources: sources) }
        return [String(repeating: "-", count: width), header] + frames + [summary]
    }

    /// `  File "In[1]", line 1` in a syntax error's report.
    private static func parseLocation(_ line: String) -> (file: String, line: Int)? {
        let rest = line.dropFirst("  File \"".count)
        guard let quote = rest.lastIndex(of: "\"") else { return nil }
        let tail = rest[rest.index(after: quote)...]
        guard tail.hasPrefix(", line "), let number = Int(tail.dropFirst(", line ".count).prefix { $0.isNumber }) else {
            return nil
        }
        return (String(rest[..<quote]), number)
    }

    /// One frame: `Cell In[n], line L` with context for cells, `File F:L, in G` for anything else.
    static func render(_ frame: ErrorFrame, sources: [String: String]) -> String {
        let inFunction = frame.function == "<module>" ? "" : ", in " + frame.function
        guard let source = sources[frame.fileName] else {
            let text = "File \(frame.fileName):\(frame.line)\(inFunction)\n"
            return text + (frame.sourceLine.map { "      " + $0.drop { $0 == " " } + "\n" } ?? "")
        }
        var text = "Cell \(frame.fileName), line \(frame.line)\(inFunction)\n"
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
            guard line.hasPrefix("  File \""), let location = parseLocation(line) else { return line }
            let name = location.file.hasPrefix("In[") ? "Cell \(location.file)" : "File \(location.file)"
            return "  \(name), line \(location.line)"
        }
        return located.isEmpty ? [summary] : [located.joined(separator: "\n") + "\n", summary]
    }

    /// Python's `str.rjust`.
    private static func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}
