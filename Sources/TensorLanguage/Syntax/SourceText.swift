/// Source code split into code points and lines, shared by the lexer and parser.
///
/// Line terminators `\r\n` and `\r` are normalised to `\n` first, as CPython's
/// universal newlines do, so a column is simply an offset from a line start.
struct SourceText: Sendable {
    let fileName: String
    /// The number of the source's first line: a cell of a script starts at its line in the file.
    let firstLine: Int
    /// Every code point of the normalised source.
    let scalars: [Unicode.Scalar]
    /// Index into `scalars` where each line starts; `lineStarts[0]` is line `firstLine`.
    let lineStarts: [Int]

    init(_ source: String, fileName: String, firstLine: Int = 1) {
        self.fileName = fileName
        self.firstLine = max(firstLine, 1)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(source.unicodeScalars.count)
        var previousWasCarriageReturn = false
        for scalar in source.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCarriageReturn = true
                continue
            }
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = false
            scalars.append(scalar)
        }
        var lineStarts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lineStarts.append(index + 1)
        }
        self.scalars = scalars
        self.lineStarts = lineStarts
    }

    /// The number of lines, not counting an empty one after a final newline.
    var lineCount: Int {
        if let last = lineStarts.last, last == scalars.count, lineStarts.count > 1 {
            return lineStarts.count - 1
        }
        return lineStarts.count
    }

    /// The number of the last line (an empty one after a final newline not counted).
    var lastLine: Int { firstLine + lineCount - 1 }

    /// The number of the line holding scalar `index` (found by bisection).
    func lineNumber(containing index: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return firstLine + low
    }

    /// The index in `scalars` where line `number` starts (clamped to the source's lines).
    func lineStart(of number: Int) -> Int {
        lineStarts[max(0, min(number - firstLine, lineStarts.count - 1))]
    }

    /// The text of a line (numbered from `firstLine`) without its terminator, or `nil` if there is no such line.
    func line(_ absolute: Int) -> String? {
        let number = absolute - firstLine + 1
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        end = max(start, end)
        return String(scalars: scalars[start..<end])
    }

    /// The length in code points of a line without its terminator.
    func lineLength(_ absolute: Int) -> Int {
        let number = absolute - firstLine + 1
        guard number >= 1, number <= lineStarts.count else { return 0 }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        return max(0, end - start)
    }

    /// All lines without terminators, for `Module.sourceLines`.
    var allLines: [String] {
        (0..<lineCount).compactMap { line(firstLine + $0) }
    }

    /// A diagnostic pointing at a position, with that line's text attached.
    func diagnostic(
        _ kind: SyntaxDiagnostic.Kind, _ message: String, line: Int, column: Int,
        endColumn: Int? = nil
    ) -> SyntaxDiagnostic {
        SyntaxDiagnostic(
            kind: kind, message: message, fileName: fileName, line: line, column: column,
            endColumn: endColumn, sourceLine: self.line(line))
    }

    /// A diagnostic covering a range; the carets stop at the end of the first line.
    func diagnostic(_ message: String, range: SourceRange) -> SyntaxDiagnostic {
        let end =
            range.end.line == range.start.line
            ? range.end.column : lineLength(range.start.line)
        return diagnostic(
            .syntaxError, message, line: range.start.line, column: range.start.column,
            endColumn: end)
    }
}
