/// A position in source text.
///
/// `line` is 1-based, as CPython prints it in `File "x.py", line 3`.
/// `column` is 0-based and counts Unicode scalars (Python code points) from the
/// start of the line, like `ast.AST.col_offset` but in code points rather than
/// UTF-8 bytes. CPython's `SyntaxError.offset` is this column plus one.
struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    var description: String { "\(line):\(column)" }
}

/// A half-open span of source text, from `start` up to but excluding `end`.
///
/// A statement's range runs from its first token to the end of its last token,
/// so `start.line...end.line` are the source lines a traceback may echo.
struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    var start: SourceLocation
    var end: SourceLocation

    init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position.
    init(at location: SourceLocation) {
        self.start = location
        self.end = location
    }

    /// The smallest range covering both.
    func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    var description: String { "\(start)-\(end)" }
}
