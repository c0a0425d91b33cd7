/// Parses a whole file; never answers `.incomplete` (unfinished input is a SyntaxError).
///
/// ```swift
/// switch parse(source: "x = 1\n", fileName: "x.py") {
/// case .complete(let module): run(module)
/// case .error(let diagnostic): print(diagnostic.rendered)
/// case .incomplete: break  // not produced in file mode
/// }
/// ```
func parse(source: String, fileName: String) -> ParseOutcome {
    Parser.run(source: source, fileName: fileName, interactive: false)
}

/// Parses interactive input (a REPL entry or notebook cell), answering `.incomplete`
/// when more lines are needed.
///
/// Input is incomplete when it ends inside brackets, a triple-quoted string or
/// after a backslash, or — unless its last line is empty — when it ends inside
/// a compound statement (a block header without body, or an indented block
/// that an empty line has not yet closed), as CPython's REPL decides.
func parseInteractive(source: String, fileName: String = "<stdin>") -> ParseOutcome {
    Parser.run(source: source, fileName: fileName, interactive: true)
}

/// A parse error, with the token it was found at so end-of-input can be recognised.
struct ParseFailure: Error {
    var diagnostic: SyntaxDiagnostic
    var tokenIndex: Int
}

/// A recursive-descent parser for the supported Python subset.
///
/// Methods are named after the rules of CPython's grammar (`Grammar/python.gram`).
/// Every recursive path goes through `nested(_:)`, which bounds the depth so
/// no input can exhaust the stack.
struct Parser {
    /// Bound on nesting, weighted so 200 nested brackets (CPython's limit) fit.
    static let maximumDepth = 1_000
    /// The weight of one nested full expression against `maximumDepth`.
    static let expressionWeight = 4

    let source: SourceText
    let tokens: [Token]
    let lexFailure: LexFailure?
    /// Index of the first token made up at end of input (final NEWLINE, DEDENTs, end marker).
    let endOfInputIndex: Int
    var index = 0
    var depth = 0
    /// Enclosing function and loop, for `return`/`break`/`continue` checks.
    var functionDepth = 0
    var loopDepth = 0

    init(source: SourceText, lexResult: LexResult, depth: Int = 0) {
        self.source = source
        var tokens = lexResult.tokens
        if tokens.isEmpty {
            tokens.append(Token(kind: .endOfInput, range: SourceRange(at: SourceLocation(line: 1, column: 0))))
        }
        self.tokens = tokens
        self.lexFailure = lexResult.failure
        self.depth = depth
        var end = tokens.count - 1
        while end > 0, Parser.isMadeUpAtEnd(tokens[end - 1].kind, tokens[end]) { end -= 1 }
        self.endOfInputIndex = end
    }

    private static func isMadeUpAtEnd(_ kind: TokenKind, _ next: Token) -> Bool {
        switch kind {
        case .dedent: true
        case .name, .keyword, .integer, .float, .string, .punctuation, .unknown, .newline,
            .indent, .endOfInput, .failure:
            false
        }
    }

    var current: Token { tokens[min(index, tokens.count - 1)] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    /// The token before the current one, for end positions.
    var previous: Token { tokens[max(0, min(index - 1, tokens.count - 1))] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Consumes the punctuation if present.
    mutating func accept(_ punctuation: Punctuation) -> Bool {
        guard current.kind.is(punctuation) else { return false }
        advance()
        return true
    }

    /// Consumes the keyword if present.
    mutating func accept(_ keyword: Keyword) -> Bool {
        guard current.kind.is(keyword) else { return false }
        advance()
        return true
    }

    /// Consumes the punctuation or fails with "invalid syntax" at the current token.
    mutating func expect(_ punctuation: Punctuation) throws(ParseFailure) {
        guard accept(punctuation) else { throw invalidSyntax() }
    }

    /// A failure at the current token covering its range.
    func invalidSyntax(_ message: String = SyntaxMessages.invalidSyntax) -> ParseFailure {
        failure(message, range: current.range)
    }

    func failure(_ message: String, range: SourceRange) -> ParseFailure {
        ParseFailure(diagnostic: source.diagnostic(message, range: range), tokenIndex: index)
    }

    func failure(_ message: String, at location: SourceLocation) -> ParseFailure {
        ParseFailure(
            diagnostic: source.diagnostic(
                .syntaxError, message, line: location.line, column: location.column),
            tokenIndex: index)
    }

    /// Runs `body` one level deeper, failing cleanly past `maximumDepth`.
    mutating func nested<T>(
        weight: Int = 1, _ body: (inout Parser) throws(ParseFailure) -> T
    ) throws(ParseFailure) -> T {
        depth += weight
        defer { depth -= weight }
        if depth > Parser.maximumDepth { throw invalidSyntax(SyntaxMessages.tooComplex) }
        return try body(&self)
    }

    /// A range from `start` to the end of the last consumed token.
    func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: max(start, previous.range.end))
    }
}
