extension Parser {
    /// `atom`: names, literals, and bracketed displays.
    mutating func atom() throws(ParseFailure) -> Expression {
        let token = current
        let kind: ExpressionKind
        switch token.kind {
        case .name(let name):
            mentions.record(name)
            kind = .name(Name(name))
        case .integer(let literal): kind = .integer(literal)
        case .float(let value): kind = .float(value)
        case .string: return try strings()
        case .keyword(.true): kind = .bool(true)
        case .keyword(.false): kind = .bool(false)
        case .keyword(.none): kind = .none
        case .punctuation(.ellipsis): kind = .ellipsis
        case .punctuation(.leftParenthesis): return try parenthesized()
        case .punctuation(.leftBracket): return try listDisplay()
        case .punctuation(.leftBrace): return try braceDisplay()
        case .keyword, .punctuation, .unknown, .newline, .indent, .dedent, .endOfInput, .failure:
            throw invalidSyntax()
        }
        advance()
        return Expression(kind, range: token.range)
    }

    /// `(...)`: a tuple, a generator expression, or a parenthesised expression.
    private mutating func parenthesized() throws(ParseFailure) -> Expression {
        let start = current.location
        advance()
        if accept(.rightParenthesis) { return Expression(.tuple([]), range: range(from: start)) }
        if current.kind.is(.yield) {
            let value = try yieldExpression()
            try expect(.rightParenthesis)
            return value
        }
        let first = try starNamedExpression()
        if current.kind.is(.for) {
            let generators = try comprehensionClauses()
            try expect(.rightParenthesis)
            return Expression(
                .generator(element: first, generators: generators), range: range(from: start))
        }
        if accept(.rightParenthesis) {
            if case .starred = first.kind {
                throw failure("cannot use starred expression here", range: first.range)
            }
            return first
        }
        let items = try remainingItems(first: first, closing: .rightParenthesis)
        return Expression(.tuple(items), range: range(from: start))
    }

    /// Items after the first of a tuple or list display, through the closing bracket.
    private mutating func remainingItems(first: Expression, closing: Punctuation)
        throws(ParseFailure) -> [Expression]
    {
        var items = [first]
        while accept(.comma) {
            if current.kind.is(closing) { break }
            items.append(try starNamedExpression())
        }
        try expect(closing)
        return items
    }

    /// `[...]`: a list display or list comprehension.
    private mutating func listDisplay() throws(ParseFailure) -> Expression {
        let start = current.location
        advance()
        if accept(.rightBracket) { return Expression(.list([]), range: range(from: start)) }
        let first = try starNamedExpression()
        if current.kind.is(.for) {
            let generators = try comprehensionClauses()
            try expect(.rightBracket)
            return Expression(
                .listComprehension(element: first, generators: generators),
                range: range(from: start))
        }
        let items = try remainingItems(first: first, closing: .rightBracket)
        return Expression(.list(items), range: range(from: start))
    }

    /// `{...}`: a dict or set display, or a dict or set comprehension.
    private mutating func braceDisplay() throws(ParseFailure) -> Expression {
        let start = current.location
        advance()
        if accept(.rightBrace) { return Expression(.dictionary([]), range: range(from: start)) }
        return try braceContents(start: start)
    }

    private mutating func braceContents(start: SourceLocation) throws(ParseFailure) -> Expression {
        if current.kind.is(.doubleStar) {
            return try dictionaryEntries(first: try dictionaryEntry(), start: start)
        }
        let first = try starredOr { (parser: inout Parser) throws(ParseFailure) in
            try parser.expression()
        }
        if accept(.colon) {
            let value = try expression()
            if current.kind.is(.for) {
                let generators = try comprehensionClauses()
                try expect(.rightBrace)
                return Expression(
                    .dictionaryComprehension(key: first, value: value, generators: generators),
                    range: range(from: start))
            }
            return try dictionaryEntries(first: .pair(key: first, value: value), start: start)
        }
        if current.kind.is(.for) {
            let generators = try comprehensionClauses()
            try expect(.rightBrace)
            return Expression(
                .setComprehension(element: first, generators: generators), range: range(from: start)
            )
        }
        let items = try remainingItems(first: first, closing: .rightBrace)
        return Expression(.set(items), range: range(from: start))
    }

    private mutating func dictionaryEntries(first: DictionaryEntry, start: SourceLocation)
        throws(ParseFailure) -> Expression
    {
        var entries = [first]
        while accept(.comma) {
            if current.kind.is(.rightBrace) { break }
            entries.append(try dictionaryEntry())
        }
        try expect(.rightBrace)
        return Expression(.dictionary(entries), range: range(from: start))
    }

    /// `key: value` or `**mapping`.
    private mutating func dictionaryEntry() throws(ParseFailure) -> DictionaryEntry {
        if accept(.doubleStar) { return .unpack(try bitwiseOr()) }
        let key = try expression()
        guard accept(.colon) else { throw invalidSyntax() }
        return .pair(key: key, value: try expression())
    }

    /// `for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+`
    mutating func comprehensionClauses() throws(ParseFailure) -> [Comprehension] {
        var generators: [Comprehension] = []
        while accept(.for) {
            let target = try starTargets()
            guard accept(.in) else { throw invalidSyntax() }
            let iterable = try disjunction()
            var conditions: [Expression] = []
            while accept(.if) { conditions.append(try disjunction()) }
            generators.append(
                Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return generators
    }
}
