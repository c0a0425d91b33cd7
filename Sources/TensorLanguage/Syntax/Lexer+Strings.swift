extension Lexer {
    /// Lexes a string literal whose opening quote is at the current position.
    ///
    /// Escapes are decoded later by the parser, because CPython reports bad
    /// escapes (and f-string fields) at parse time, not while tokenizing.
    mutating func string(prefix: String, start: SourceLocation) -> Step {
        guard let quote = peek() else { return finish() }
        let isTriple = peek(1) == quote && peek(2) == quote
        position += isTriple ? 3 : 1
        let bodyStart = location
        let bodyStartIndex = position
        var bodyEndIndex = position
        while true {
            guard let scalar = peek() else {
                return .failed(unterminated(isTriple: isTriple, start: start))
            }
            if scalar == "\n" {
                if !isTriple { return .failed(unterminated(isTriple: false, start: start)) }
                advanceLine()
                continue
            }
            if scalar == "\\" {
                position += 1
                if peek() == "\n" {
                    advanceLine()
                } else if peek() != nil {
                    position += 1
                }
                continue
            }
            if scalar == quote && (!isTriple || (peek(1) == quote && peek(2) == quote)) {
                bodyEndIndex = position
                position += isTriple ? 3 : 1
                break
            }
            position += 1
        }
        let body = String(scalars: source.scalars[bodyStartIndex..<bodyEndIndex])
        let token = StringToken(
            isRaw: prefix.contains("r"), isFormatted: prefix.contains("f"),
            isBytes: prefix.contains("b"), body: body, bodyStart: bodyStart,
            quote: Character(quote), isTriple: isTriple)
        emit(.string(token), from: start)
        return .proceed
    }

    private func unterminated(isTriple: Bool, start: SourceLocation) -> LexFailure {
        let detectedAt = min(line, source.lastLine)
        let message =
            isTriple
            ? SyntaxMessages.unterminatedTripleQuotedString(detectedAt: detectedAt)
            : SyntaxMessages.unterminatedString(detectedAt: detectedAt)
        var result = failure(
            .syntaxError, message, line: start.line, column: start.column, overrides: true)
        result.isIncompleteInput = isTriple
        return result
    }
}
