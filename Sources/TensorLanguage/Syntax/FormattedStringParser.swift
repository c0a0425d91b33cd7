/// Splits one f-string literal into text and replacement fields, following
/// CPython 3.11's `fstring_find_literal` / `fstring_find_expr`.
///
/// Field expressions are lexed straight from the source text, so their nodes
/// carry real file locations.
struct FormattedStringParser {
    let source: SourceText
    let body: [Unicode.Scalar]
    /// Index in `source.scalars` of `body[0]`.
    let bodyStartIndex: Int
    let isRaw: Bool
    /// Structural errors are reported just past the literal, as CPython does.
    let tokenRange: SourceRange
    let depth: Int
    let mentions: NameMentions
    var position = 0

    init(parser: Parser, token: StringToken, tokenRange: SourceRange) {
        self.mentions = parser.mentions
        source = parser.source
        body = Array(token.body.unicodeScalars)
        let lineStart = parser.source.lineStart(of: token.bodyStart.line)
        bodyStartIndex = lineStart + token.bodyStart.column
        isRaw = token.isRaw
        self.tokenRange = tokenRange
        depth = parser.depth + Parser.expressionWeight
    }

    /// Parses the whole literal.
    mutating func parse() throws(ParseFailure) -> [FormattedStringPart] {
        try literalAndFields(nesting: 0)
    }

    func structuralFailure(_ message: String) -> ParseFailure {
        ParseFailure(
            diagnostic: source.diagnostic(
                .syntaxError, message, line: tokenRange.end.line, column: tokenRange.end.column),
            tokenIndex: 0)
    }

    /// Text and fields up to the end of the literal, or of a format spec (`nesting > 0`).
    private mutating func literalAndFields(nesting: Int) throws(ParseFailure)
        -> [FormattedStringPart]
    {
        var parts: [FormattedStringPart] = []
        var literal: [Unicode.Scalar] = []
        while position < body.count {
            let scalar = body[position]
            if scalar == "{" || scalar == "}" {
                // Doubled braces are only escapes at the top level, so `{0:{3}}` closes twice.
                if nesting == 0, position + 1 < body.count, body[position + 1] == scalar {
                    literal.append(scalar)
                    position += 2
                    continue
                }
                if scalar == "}" {
                    if nesting == 0 { throw structuralFailure(SyntaxMessages.fStringSingleBrace) }
                    break
                }
                parts.append(.literal(try decoded(literal)))
                literal = []
                parts += try field(nesting: nesting)
                continue
            }
            if scalar == "\\" && !isRaw && position + 1 < body.count {
                literal += [scalar, body[position + 1]]
                position += 2
                continue
            }
            literal.append(scalar)
            position += 1
        }
        parts.append(.literal(try decoded(literal)))
        return Parser.mergingLiterals(parts)
    }

    private func decoded(_ literal: [Unicode.Scalar]) throws(ParseFailure) -> String {
        if isRaw { return String(String.UnicodeScalarView(literal)) }
        switch StringEscapes.decode(literal) {
        case .success(let text): return text
        case .failure(let failure): throw structuralFailure(failure.message)
        }
    }

    /// One `{expression[=][!conversion][:spec]}` field, starting at its `{`.
    private mutating func field(nesting: Int) throws(ParseFailure) -> [FormattedStringPart] {
        if nesting >= 2 { throw structuralFailure(SyntaxMessages.fStringTooDeep) }
        position += 1
        let expressionStart = position
        try scanExpression()
        let expressionEnd = position
        let text = body[expressionStart..<expressionEnd]
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" }
        ) {
            throw structuralFailure(SyntaxMessages.fStringEmptyExpression)
        }
        let expression = try compile(from: expressionStart, to: expressionEnd)
        var parts: [FormattedStringPart] = []
        var selfDocumenting = false
        if position < body.count, body[position] == "=" {
            position += 1
            while position < body.count, body[position] == " " || body[position] == "\t" {
                position += 1
            }
            parts.append(
                .literal(String(String.UnicodeScalarView(body[expressionStart..<position]))))
            selfDocumenting = true
        }
        var conversion: FormatConversion?
        if position < body.count, body[position] == "!" {
            position += 1
            guard position < body.count else {
                throw structuralFailure(SyntaxMessages.fStringExpectingBrace)
            }
            switch body[position] {
            case "s": conversion = .str
            case "r": conversion = .repr
            case "a": conversion = .ascii
            default: throw structuralFailure(SyntaxMessages.fStringInvalidConversion)
            }
            position += 1
        }
        var spec: [FormattedStringPart]?
        if position < body.count, body[position] == ":" {
            position += 1
            spec = try literalAndFields(nesting: nesting + 1)
        }
        guard position < body.count, body[position] == "}" else {
            throw structuralFailure(SyntaxMessages.fStringExpectingBrace)
        }
        position += 1
        if selfDocumenting && spec == nil && conversion == nil { conversion = .repr }
        parts.append(
            .replacement(
                FormattedValue(expression: expression, conversion: conversion, formatSpec: spec)))
        return parts
    }
}
