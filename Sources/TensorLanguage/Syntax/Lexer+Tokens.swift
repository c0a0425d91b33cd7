extension Lexer {
    /// Lexes a name or keyword, or a prefixed string such as `f"..."` or `r'...'`.
    mutating func identifierOrString() -> Step {
        let start = location
        let first = position
        while let scalar = peek(), isIdentifierContinue(scalar) { position += 1 }
        let name = String(scalars: source.scalars[first..<position])
        if let quote = peek(), quote == "'" || quote == "\"", Lexer.isStringPrefix(name) {
            return string(prefix: name.lowercased(), start: start)
        }
        if let keyword = Keyword(rawValue: name) {
            emit(.keyword(keyword), from: start)
        } else {
            emit(.name(name), from: start)
        }
        return .proceed
    }

    static func isStringPrefix(_ name: String) -> Bool {
        ["r", "u", "f", "b", "rb", "br", "fr", "rf"].contains(name.lowercased())
    }

    /// Lexes an operator or delimiter, tracking bracket nesting.
    mutating func punctuation() -> Step {
        let start = location
        guard let scalar = peek() else { return finish() }
        for (candidate, spelling) in Punctuation.byFirstScalar[scalar] ?? [] where matches(spelling) {
            position += spelling.count
            if let failure = trackBracket(candidate, at: start) { return .failed(failure) }
            emit(.punctuation(candidate), from: start)
            return .proceed
        }
        if scalar.isASCII {
            position += 1
            emit(.unknown(scalar), from: start)
            return .proceed
        }
        return .failed(
            failure(
                .syntaxError, SyntaxMessages.invalidCharacter(scalar), line: start.line,
                column: start.column, overrides: true))
    }

    private func matches(_ spelling: [Unicode.Scalar]) -> Bool {
        for (offset, scalar) in spelling.enumerated() where peek(offset) != scalar {
            return false
        }
        return true
    }

    private mutating func trackBracket(_ punctuation: Punctuation, at start: SourceLocation)
        -> LexFailure?
    {
        let openers: [Punctuation] = [.leftParenthesis, .leftBracket, .leftBrace]
        let closers: [Punctuation] = [.rightParenthesis, .rightBracket, .rightBrace]
        if openers.contains(punctuation) {
            if brackets.count >= Lexer.maximumBracketDepth {
                return failure(
                    .syntaxError, SyntaxMessages.tooManyParentheses, line: start.line,
                    column: start.column, overrides: true)
            }
            let scalar = punctuation.rawValue.unicodeScalars.first ?? "("
            brackets.append((scalar, start))
            return nil
        }
        guard closers.contains(punctuation) else { return nil }
        let closing = punctuation.rawValue
        guard let open = brackets.popLast() else {
            if isExpressionOnly { return nil }
            return failure(
                .syntaxError, SyntaxMessages.unmatched(closing), line: start.line,
                column: start.column, overrides: true)
        }
        let expected: Unicode.Scalar =
            switch open.scalar {
            case "(": ")"
            case "[": "]"
            default: "}"
            }
        guard closing.unicodeScalars.first != expected else { return nil }
        let message = SyntaxMessages.mismatchedBracket(
            closing: closing, opening: String(open.scalar),
            openingLine: open.location.line == start.line ? nil : open.location.line)
        return failure(
            .syntaxError, message, line: start.line, column: start.column, overrides: true)
    }
}
