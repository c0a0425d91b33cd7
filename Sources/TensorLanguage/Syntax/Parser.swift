/// Parses a whole file; never answers `.incomplete` (unfinished input is a SyntaxError).
///
/// ```swift
/// switch parse(source: "x = 1\n", fileName: "x.py") {
/// case .complete(let module): run(module)
/// case .error(let diagnostic): print(diagnostic.rendered)
/// case .incomplete: break  // not produced in file mode
/// }
/// ```
func parse(source: String, fileName: String, firstLine: Int = 1) -> ParseOutcome {
    StackThread.run { Parser.run(source: source, fileName: fileName, interactive: false, firstLine: firstLine) }
}

/// Parses interactive input (a REPL entry or notebook cell), answering `.incomplete`
/// when more lines are needed.
///
/// Input is incomplete when it ends inside brackets, a triple-quoted string or
/// after a backslash, or — unless its last line is empty — when it ends inside
/// a compound statement (a block header without body, or an indented block
/// that an empty line has not yet closed), as CPython's REPL decides.
func parseInteractive(source: String, fileName: String = "<stdin>") -> ParseOutcome {
    StackThread.run { Parser.run(source: source, fileName: fileName, interactive: true) }
}

/// A parse error, with the token it was found at so end-of-input can be recognised.
///
/// The payload is boxed: with typed throws every call site reserves room for
/// the error, and a one-word error keeps the parser's deep recursion cheap.
struct ParseFailure: Error {
    private struct Details: Sendable {
        let diagnostic: SyntaxDiagnostic
        let tokenIndex: Int
        let yieldsToLexer: Bool
    }

    private final class Box: Sendable {
        let details: Details
        init(_ details: Details) { self.details = details }
    }

    private let box: Box

    /// `yieldsToLexer: false` marks errors CPython reports without scanning the rest of the file.
    init(diagnostic: SyntaxDiagnostic, tokenIndex: Int, yieldsToLexer: Bool = true) {
        box = Box(Details(diagnostic: diagnostic, tokenIndex: tokenIndex, yieldsToLexer: yieldsToLexer))
    }

    var diagnostic: SyntaxDiagnostic { box.details.diagnostic }
    var tokenIndex: Int { box.details.tokenIndex }
    var yieldsToLexer: Bool { box.details.yieldsToLexer }
}

/// A recursive-descent parser for the supported Python subset.
///
/// Methods are named after the rules of CPython's grammar (`Grammar/python.gram`).
/// Every recursive path goes through `nested(_:)`, which bounds the depth so
/// no input can exhaust the stack.
struct Parser {
    /// Bound on nesting, weighted so 200 nested brackets (CPython's limit) fit.
    static let maximumDepth = 2_000
    /// The weight of one nested full expression against `maximumDepth`.
    static let expressionWeight = 4

    let source: SourceText
    let tokens: [Token]
    let lexFailure: LexFailure?
    /// Index of the first token made up at end of input (final NEWLINE, DEDENTs, end marker).
    let endOfInputIndex: Int
    /// Parsing an f-string field, whose end is an ordinary position, not end of file.
    let isFormattedField: Bool
    var index = 0
    /// The furthest token looked at, CPython's `p->fill - 1`, which decides
    /// whether a later tokenizer error takes precedence.
    var furthest = 0
    /// Set during speculative parses, which must not raise CPython's hint errors.
    var suppressesHints = false
    var depth = 0
    /// Enclosing function and loop, for `return`/`break`/`continue` checks.
    var functionDepth = 0
    var loopDepth = 0
    /// The names mentioned inside each enclosing `def`, `lambda` and `class` (shared with f-string fields).
    let mentions: NameMentions
    /// Whether the function being parsed has used `yield` so far (it is then a generator).
    var sawYield = false
    /// Names bound by `:=` in the function being parsed.
    var walrusTargets: [String] = []

    init(
        source: SourceText, lexResult: LexResult, depth: Int = 0, isFormattedField: Bool = false,
        mentions: NameMentions = NameMentions()
    ) {
        self.source = source
        self.mentions = mentions
        self.isFormattedField = isFormattedField
        var tokens = lexResult.tokens
        if tokens.isEmpty {
            tokens.append(
                Token(kind: .endOfInput, range: SourceRange(at: SourceLocation(line: 1, column: 0)))
            )
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
        furthest = max(furthest, index)
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
    ///
    /// At end of input CPython points at the last line and draws no caret.
    func invalidSyntax(_ message: String = SyntaxMessages.invalidSyntax) -> ParseFailure {
        guard index >= endOfInputIndex, !isFormattedField else {
            return failure(message, range: current.range)
        }
        return ParseFailure(
            diagnostic: source.diagnostic(
                .syntaxError, message, line: source.lastLine, column: -1),
            tokenIndex: index)
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

    /// A range from `start` to the end of the last consumed token that has text.
    func range(from start: SourceLocation) -> SourceRange {
        var last = min(index, tokens.count) - 1
        while last > 0, Parser.isLayout(tokens[last].kind) { last -= 1 }
        let end = last >= 0 ? tokens[last].range.end : start
        return SourceRange(start: start, end: max(start, end))
    }

    private static func isLayout(_ kind: TokenKind) -> Bool {
        switch kind {
        case .newline, .indent, .dedent: true
        case .name, .keyword, .integer, .float, .string, .punctuation, .unknown, .endOfInput,
            .failure:
            false
        }
    }
}
