extension Lexer {
    /// Measures a new line's indentation and emits INDENT/DEDENT, following CPython's tokenizer.
    ///
    /// Tabs advance to the next multiple of 8; the same line is also measured with
    /// tab size 1 and the two orders must agree, else the indentation depends on
    /// the tab size and CPython raises `TabError`.
    mutating func measureIndentation() -> LexFailure? {
        var column = 0
        var alternateColumn = 0
        while let scalar = peek() {
            if scalar == " " {
                column += 1
                alternateColumn += 1
            } else if scalar == "\t" {
                column = (column / 8 + 1) * 8
                alternateColumn += 1
            } else if scalar == "\u{0C}" {
                column = 0
                alternateColumn = 0
            } else {
                break
            }
            position += 1
        }
        guard brackets.isEmpty else { return nil }
        // Blank and comment-only lines neither change indentation nor end a statement.
        if peek() == "#" || peek() == "\n" {
            lineIsBlank = true
            return nil
        }
        if peek() == nil { return nil }
        return applyIndentation(column: column, alternateColumn: alternateColumn)
    }

    private mutating func applyIndentation(column: Int, alternateColumn: Int) -> LexFailure? {
        let here = location
        let current = indentStack.last ?? 0
        let currentAlternate = alternateIndentStack.last ?? 0
        if column == current {
            if alternateColumn != currentAlternate { return tabError() }
            return nil
        }
        if column > current {
            if indentStack.count >= Lexer.maximumIndentDepth {
                return failure(
                    .indentationError, SyntaxMessages.tooManyIndentationLevels, line: line,
                    column: -1, overrides: false)
            }
            if alternateColumn <= currentAlternate { return tabError() }
            indentStack.append(column)
            alternateIndentStack.append(alternateColumn)
            tokens.append(
                Token(
                    kind: .indent,
                    range: SourceRange(
                        start: SourceLocation(line: line, column: 0), end: here)))
            return nil
        }
        while indentStack.count > 1, let top = indentStack.last, column < top {
            indentStack.removeLast()
            alternateIndentStack.removeLast()
            tokens.append(Token(kind: .dedent, range: SourceRange(at: here)))
        }
        if column != (indentStack.last ?? 0) {
            // CPython points past the end of the offending line.
            return failure(
                .indentationError, SyntaxMessages.unindentMismatch, line: line,
                column: source.lineLength(line) + 1, overrides: false)
        }
        if alternateColumn != (alternateIndentStack.last ?? 0) { return tabError() }
        return nil
    }

    private func tabError() -> LexFailure {
        failure(
            .tabError, SyntaxMessages.inconsistentTabs, line: line, column: -1, overrides: false)
    }
}
