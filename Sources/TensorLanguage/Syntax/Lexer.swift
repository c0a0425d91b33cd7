/// What went wrong while lexing, and how it ranks against a parser error.
struct LexFailure: Sendable {
    var diagnostic: SyntaxDiagnostic
    /// CPython raises these as soon as the tokenizer sees them, so they win over
    /// a generic parser error found earlier in the file.
    var overridesParserError: Bool
    /// Input ended where more text could make it valid (interactive `...`).
    var isIncompleteInput: Bool
    /// For an unclosed bracket at end of input: the line the bracket is on.
    var unclosedBracketLine: Int?
}

/// The token stream of a source text; it ends with `.endOfInput` or `.failure`.
struct LexResult: Sendable {
    var tokens: [Token]
    var failure: LexFailure?
}

/// Turns source text into tokens with Python's INDENT/DEDENT rules.
struct Lexer {
    /// CPython's MAXLEVEL: brackets nested this deep are an error.
    static let maximumBracketDepth = 200
    /// CPython's MAXINDENT.
    static let maximumIndentDepth = 100

    let source: SourceText
    var position: Int
    var line: Int
    var lineStart: Int
    var tokens: [Token] = []
    var indentStack: [Int] = [0]
    /// Indentation measured with tab size 1, to detect ambiguous tab/space mixes.
    var alternateIndentStack: [Int] = [0]
    var brackets: [(scalar: Unicode.Scalar, location: SourceLocation)] = []
    var atLineStart = true
    /// Where a comment on the current line began, for the NEWLINE token's range.
    var commentStart: SourceLocation?
    /// The current line holds only whitespace and comments, so it yields no NEWLINE.
    var lineIsBlank = false
    /// Set for f-string fields: lex an expression as if inside brackets.
    let isExpressionOnly: Bool

    init(source: SourceText) {
        self.source = source
        self.position = 0
        self.line = source.firstLine
        self.lineStart = 0
        self.isExpressionOnly = false
    }

    /// A lexer over `range` of `source`, as though inside brackets (no NEWLINE/INDENT).
    init(source: SourceText, expressionIn range: Range<Int>) {
        self.source = source
        self.position = range.lowerBound
        self.isExpressionOnly = true
        let line = source.lineNumber(containing: range.lowerBound)
        self.line = line
        self.lineStart = source.lineStart(of: line)
        self.expressionEnd = range.upperBound
        self.atLineStart = false
    }

    /// Where lexing stops; the whole source unless lexing an f-string field.
    var expressionEnd: Int?

    var end: Int { expressionEnd ?? source.scalars.count }

    var location: SourceLocation { SourceLocation(line: line, column: position - lineStart) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index >= 0 && index < end ? source.scalars[index] : nil
    }

    mutating func advanceLine() {
        position += 1
        line += 1
        lineStart = position
    }

    mutating func emit(_ kind: TokenKind, from start: SourceLocation) {
        tokens.append(
            Token(
                kind: kind, range: SourceRange(start: start, end: location),
                bracketDepth: brackets.count + (isExpressionOnly ? 1 : 0)))
    }

    /// Lexes everything, stopping at the first error.
    mutating func tokenize() -> LexResult {
        while true {
            switch nextStep() {
            case .proceed:
                continue
            case .finished:
                return LexResult(tokens: tokens, failure: nil)
            case .failed(let failure):
                tokens.append(Token(kind: .failure, range: SourceRange(at: location)))
                return LexResult(tokens: tokens, failure: failure)
            }
        }
    }

    enum Step {
        case proceed
        case finished
        case failed(LexFailure)
    }

    /// Lexes one token (or one blank line, or the end of input).
    mutating func nextStep() -> Step {
        if atLineStart {
            atLineStart = false
            if let failure = measureIndentation() { return .failed(failure) }
        }
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\u{0C}" {
            position += 1
        }
        guard let scalar = peek() else { return finish() }
        let start = location
        switch scalar {
        case "#":
            commentStart = start
            while let next = peek(), next != "\n" { position += 1 }
            return .proceed
        case "\n":
            defer { commentStart = nil }
            if lineIsBlank {
                lineIsBlank = false
                advanceLine()
                atLineStart = true
            } else if brackets.isEmpty && !isExpressionOnly {
                // CPython's NEWLINE token starts at a trailing comment, so carets cover it.
                var newlineStart = start
                var newlineEnd = SourceLocation(line: start.line, column: start.column + 1)
                if let commentStart, commentStart.line == start.line {
                    newlineStart = commentStart
                    newlineEnd = start
                }
                position += 1
                tokens.append(
                    Token(kind: .newline, range: SourceRange(start: newlineStart, end: newlineEnd)))
                line += 1
                lineStart = position
                atLineStart = true
            } else {
                advanceLine()
                atLineStart = !isExpressionOnly
            }
            return .proceed
        case "\\":
            return lineContinuation()
        default:
            break
        }
        if isIdentifierStart(scalar) { return identifierOrString() }
        if isDigit(scalar) || (scalar == "." && peek(1).map(isDigit) == true) {
            return number()
        }
        if scalar == "'" || scalar == "\"" {
            return string(prefix: "", start: start)
        }
        return punctuation()
    }

    mutating func lineContinuation() -> Step {
        let start = location
        position += 1
        let next = peek()
        if next == "\n" { advanceLine() }
        guard peek() != nil else {
            var failure = failure(
                .syntaxError, SyntaxMessages.unexpectedEOF, line: start.line,
                column: start.column + 1, overrides: false)
            failure.isIncompleteInput = true
            return .failed(failure)
        }
        guard next == "\n" else {
            return .failed(
                failure(
                    .syntaxError, SyntaxMessages.lineContinuation, line: start.line,
                    column: start.column + 1, overrides: false))
        }
        return .proceed
    }

    /// Ends the stream: an unclosed bracket is an error, else NEWLINE, DEDENTs, end marker.
    mutating func finish() -> Step {
        if isExpressionOnly {
            emit(.endOfInput, from: location)
            return .finished
        }
        if let open = brackets.last {
            let diagnostic = source.diagnostic(
                .syntaxError, SyntaxMessages.neverClosed(String(open.scalar)),
                line: open.location.line, column: open.location.column)
            return .failed(
                LexFailure(
                    diagnostic: diagnostic, overridesParserError: false, isIncompleteInput: true,
                    unclosedBracketLine: open.location.line))
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent,
            last.kind != .indent
        {
            let here = location
            tokens.append(
                Token(
                    kind: .newline,
                    range: SourceRange(
                        start: here, end: SourceLocation(line: here.line, column: here.column + 1)))
            )
        }
        let endLocation = SourceLocation(line: line + (position > lineStart ? 1 : 0), column: 0)
        for _ in indentStack.dropFirst() {
            tokens.append(Token(kind: .dedent, range: SourceRange(at: endLocation)))
        }
        indentStack = [0]
        tokens.append(Token(kind: .endOfInput, range: SourceRange(at: endLocation)))
        return .finished
    }

    func failure(
        _ kind: SyntaxDiagnostic.Kind, _ message: String, line: Int, column: Int,
        endColumn: Int? = nil, overrides: Bool
    ) -> LexFailure {
        LexFailure(
            diagnostic: source.diagnostic(
                kind, message, line: line, column: column, endColumn: endColumn),
            overridesParserError: overrides, isIncompleteInput: false, unclosedBracketLine: nil)
    }

    func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                || scalar == "_"
        }
        return scalar.properties.isXIDStart
    }

    func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isIdentifierStart(scalar) || isDigit(scalar) }
        return scalar.properties.isXIDContinue
    }
}
