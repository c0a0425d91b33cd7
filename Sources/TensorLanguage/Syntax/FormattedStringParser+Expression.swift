extension FormattedStringParser {
    /// Advances to the end of a field's expression: a top-level `}`, `!`, `:` or `=`
    /// that is not part of `!=`, `==`, `<=`, `>=`; quotes and brackets are skipped over.
    mutating func scanExpression() throws(ParseFailure) {
        var quote: Unicode.Scalar?
        var quoteIsTriple = false
        var brackets: [Unicode.Scalar] = []
        while position < body.count {
            let scalar = body[position]
            if scalar == "\\" { throw structuralFailure(SyntaxMessages.fStringBackslash) }
            if let open = quote {
                if scalar == open {
                    if !quoteIsTriple {
                        quote = nil
                    } else if position + 2 < body.count, body[position + 1] == open,
                        body[position + 2] == open
                    {
                        quote = nil
                        position += 2
                    }
                }
                position += 1
                continue
            }
            if scalar == "'" || scalar == "\"" {
                quoteIsTriple =
                    position + 2 < body.count && body[position + 1] == scalar
                    && body[position + 2] == scalar
                quote = scalar
                position += quoteIsTriple ? 3 : 1
                continue
            }
            if scalar == "(" || scalar == "[" || scalar == "{" {
                if brackets.count >= Lexer.maximumBracketDepth {
                    throw structuralFailure("f-string: too many nested parenthesis")
                }
                brackets.append(scalar)
            } else if scalar == "#" {
                throw structuralFailure(SyntaxMessages.fStringHash)
            } else if brackets.isEmpty && "!:}=<>".unicodeScalars.contains(scalar) {
                let next = position + 1 < body.count ? body[position + 1] : nil
                if next == "=" && "!=<>".unicodeScalars.contains(scalar) {
                    position += 2
                    continue
                }
                if scalar != "<" && scalar != ">" { break }
            } else if scalar == ")" || scalar == "]" || scalar == "}" {
                guard let open = brackets.popLast() else {
                    throw structuralFailure("f-string: unmatched '\(scalar)'")
                }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if scalar != expected {
                    throw structuralFailure(
                        "f-string: closing parenthesis '\(scalar)' does not match opening parenthesis '\(open)'"
                    )
                }
            }
            position += 1
        }
        if quote != nil { throw structuralFailure("f-string: unterminated string") }
        if let open = brackets.last { throw structuralFailure("f-string: unmatched '\(open)'") }
        if position >= body.count { throw structuralFailure(SyntaxMessages.fStringExpectingBrace) }
    }

    /// Parses `body[start..<end]` as `star_expressions`; errors read like CPython's
    /// "f-string: ..." and show the expression wrapped in parentheses.
    func compile(from start: Int, to end: Int) throws(ParseFailure) -> Expression {
        let range = (bodyStartIndex + start)..<(bodyStartIndex + end)
        guard range.upperBound <= source.scalars.count else {
            throw structuralFailure(SyntaxMessages.fStringExpectingBrace)
        }
        var lexer = Lexer(source: source, expressionIn: range)
        let lexed = lexer.tokenize()
        var parser = Parser(source: source, lexResult: lexed, depth: depth, isFormattedField: true, mentions: mentions)
        do throws(ParseFailure) {
            let expression = try parser.starExpressions()
            guard case .endOfInput = parser.current.kind else { throw parser.invalidSyntax() }
            return expression
        } catch {
            // Tokenizer errors keep their own wording; parser errors get the "f-string: " prefix.
            if let failure = lexed.failure, parser.furthest >= lexed.tokens.count - 1 {
                throw rewrapped(
                    ParseFailure(diagnostic: failure.diagnostic, tokenIndex: 0),
                    expressionRange: range,
                    prefix: "")
            }
            throw rewrapped(error, expressionRange: range, prefix: "f-string: ")
        }
    }

    /// Moves a diagnostic onto the `(expression)` text CPython 3.11 shows for f-string errors.
    private func rewrapped(_ failure: ParseFailure, expressionRange: Range<Int>, prefix: String)
        -> ParseFailure
    {
        var diagnostic = failure.diagnostic
        let text = String(String.UnicodeScalarView(source.scalars[expressionRange]))
        let startLine = source.lineNumber(containing: expressionRange.lowerBound)
        let startColumn = expressionRange.lowerBound - source.lineStart(of: startLine)
        if diagnostic.line == startLine {
            diagnostic.column = diagnostic.column - startColumn + 1
            diagnostic.endColumn = diagnostic.endColumn.map { $0 - startColumn + 1 }
        }
        diagnostic.line = startLine
        diagnostic.message = prefix + diagnostic.message
        diagnostic.sourceLine = "(" + text + ")"
        return ParseFailure(diagnostic: diagnostic, tokenIndex: 0)
    }
}
