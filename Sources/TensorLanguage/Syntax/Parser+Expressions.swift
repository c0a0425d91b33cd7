extension Parser {
    /// `star_expressions`: one expression, or a bare tuple when commas follow.
    mutating func starExpressions() throws(ParseFailure) -> Expression {
        if current.kind.is(.yield) { return try yieldExpression() }
        let start = current.location
        let first = try starredOr { (parser: inout Parser) throws(ParseFailure) in
            try parser.expression()
        }
        guard current.kind.is(.comma) else { return first }
        return try starExpressionsContinuing(first: first, start: start)
    }

    /// The rest of a bare tuple whose first item is already parsed.
    mutating func starExpressionsContinuing(first: Expression, start: SourceLocation)
        throws(ParseFailure) -> Expression
    {
        var items = [first]
        while accept(.comma) {
            guard startsExpression(current.kind) || current.kind.is(.star) else { break }
            items.append(
                try starredOr { (parser: inout Parser) throws(ParseFailure) in
                    try parser.expression()
                })
        }
        return Expression(.tuple(items), range: range(from: start))
    }

    /// `'*' bitwise_or`, or whatever `body` parses.
    mutating func starredOr(_ body: (inout Parser) throws(ParseFailure) -> Expression)
        throws(ParseFailure) -> Expression
    {
        let start = current.location
        guard accept(.star) else { return try body(&self) }
        let inner = try bitwiseOr()
        return Expression(.starred(inner), range: range(from: start))
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    mutating func starNamedExpression() throws(ParseFailure) -> Expression {
        try starredOr { (parser: inout Parser) throws(ParseFailure) in try parser.namedExpression() }
    }

    /// `named_expression`, with CPython's hints for `=` written where `==` was meant.
    mutating func namedExpression() throws(ParseFailure) -> Expression {
        let value = try expression()
        if current.kind.is(.walrus) { return try walrus(target: value) }
        guard !suppressesHints, current.kind.is(.equal), !peek().kind.is(.equal) else {
            return value
        }
        let saved = index
        advance()
        if let right = try? withoutHints({ (parser: inout Parser) throws(ParseFailure) in
            try parser.bitwiseOr()
        }),
            !current.kind.is(.equal), !current.kind.is(.walrus)
        {
            if case .name = value.kind {
                throw failure(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    range: SourceRange(start: value.range.start, end: right.range.end))
            }
            // CPython gives this hint even for valid targets such as `a.b`, since `=` is misplaced here.
            if !value.isExcludedFromEqualityHint {
                throw failure(
                    "cannot assign to \(value.pythonDescription) here. Maybe you meant '==' instead of '='?",
                    range: value.range)
            }
        }
        index = saved
        return value
    }

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`
    mutating func expression() throws(ParseFailure) -> Expression {
        try nested(weight: Parser.expressionWeight) { (parser: inout Parser) throws(ParseFailure) in
            try parser.expressionBody()
        }
    }

    private mutating func expressionBody() throws(ParseFailure) -> Expression {
        if current.kind.is(.lambda) { return try lambda() }
        let firstIndex = index
        let body = try disjunction()
        let beforeIf = index
        guard accept(.if) else {
            try checkForgottenComma(after: body, firstIndex: firstIndex)
            return body
        }
        let parts = try continuation(from: beforeIf) {
            (parser: inout Parser) throws(ParseFailure) in
            let test = try parser.disjunction()
            guard parser.accept(.else) else {
                if parser.current.kind.is(.colon) || parser.suppressesHints {
                    throw parser.invalidSyntax()
                }
                throw parser.failure(
                    SyntaxMessages.expectedElse,
                    range: SourceRange(start: body.range.start, end: test.range.end))
            }
            return (test, try parser.expression())
        }
        guard let (test, orElse) = parts else { return body }
        return Expression(
            .conditional(test: test, body: body, orElse: orElse), range: range(from: body.location))
    }

    /// CPython's `invalid_expression`: inside brackets, an expression directly
    /// followed by another one is reported as a forgotten comma.
    private mutating func checkForgottenComma(after first: Expression, firstIndex: Int)
        throws(ParseFailure)
    {
        guard !suppressesHints, startsExpression(current.kind) else { return }
        if case .name(let word) = first.kind, word.text == "print" || word.text == "exec" { return }
        if case .name(let word) = tokens[firstIndex].kind {
            if ["match", "case", "_"].contains(word) { return }
            if case .string = tokens[min(firstIndex + 1, tokens.count - 1)].kind { return }
        }
        let saved = index
        guard
            let second = try? withoutHints({ (parser: inout Parser) throws(ParseFailure) in
                try parser.expression()
            }),
            previous.bracketDepth > 0
        else {
            index = saved
            return
        }
        throw ParseFailure(
            diagnostic: source.diagnostic(
                SyntaxMessages.forgotComma,
                range: SourceRange(start: first.range.start, end: second.range.end)),
            tokenIndex: saved)
    }

    /// Parses an optional continuation (`+ b`, `.name`, `(args)`, ...). In a speculative
    /// parse a failure backtracks to `saved` and answers `nil`, as CPython's PEG parser
    /// would settle for the shorter match; otherwise the failure propagates.
    mutating func continuation<T>(from saved: Int, _ body: (inout Parser) throws(ParseFailure) -> T)
        throws(ParseFailure) -> T?
    {
        do throws(ParseFailure) {
            return try body(&self)
        } catch {
            guard suppressesHints else { throw error }
            index = saved
            return nil
        }
    }

    /// Runs a speculative parse the way CPython's `*_without_invalid` rules do: no hints inside.
    mutating func withoutHints<T>(_ body: (inout Parser) throws(ParseFailure) -> T)
        throws(ParseFailure) -> T
    {
        let saved = suppressesHints
        suppressesHints = true
        defer { suppressesHints = saved }
        return try body(&self)
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    private mutating func lambda() throws(ParseFailure) -> Expression {
        let start = current.location
        advance()
        let mark = mentions.open()
        var parameters = try parameterList(closing: .colon, allowsAnnotations: false)
        try expect(.colon)
        let body = try functionBody(&parameters) { (parser: inout Parser) throws(ParseFailure) in
            try parser.expression()
        }
        parameters.scope.mentionedNames = mentions.close(mark)
        return Expression(.lambda(parameters, body: body), range: range(from: start))
    }

    /// `disjunction: conjunction ('or' conjunction)*`
    mutating func disjunction() throws(ParseFailure) -> Expression {
        try booleanChain(.or, keyword: .or) { (parser: inout Parser) throws(ParseFailure) in try parser.conjunction() }
    }

    /// `conjunction: inversion ('and' inversion)*`
    private mutating func conjunction() throws(ParseFailure) -> Expression {
        try booleanChain(.and, keyword: .and) { (parser: inout Parser) throws(ParseFailure) in try parser.inversion() }
    }

    /// `operand (keyword operand)*`: a lone operand as itself, several as one `BoolOp` of them all.
    private mutating func booleanChain(
        _ op: BooleanOperator, keyword: Keyword, _ operand: (inout Parser) throws(ParseFailure) -> Expression
    ) throws(ParseFailure) -> Expression {
        let start = current.location
        let first = try operand(&self)
        guard current.kind.is(keyword) else { return first }
        var operands = [first]
        while current.kind.is(keyword) {
            let saved = index
            advance()
            guard let next = try continuation(from: saved, operand) else { break }
            operands.append(next)
        }
        guard operands.count > 1 else { return first }
        return Expression(.booleanOperation(op, operands), range: range(from: start))
    }

    /// `inversion: 'not' inversion | comparison`
    private mutating func inversion() throws(ParseFailure) -> Expression {
        let start = current.location
        guard accept(.not) else { return try comparison() }
        let operand = try nested { (parser: inout Parser) throws(ParseFailure) in
            try parser.inversion()
        }
        return Expression(.unary(.not, operand), range: range(from: start))
    }

    /// `comparison: bitwise_or (compare_op bitwise_or)*`, kept flat for chaining.
    private mutating func comparison() throws(ParseFailure) -> Expression {
        let start = current.location
        let first = try bitwiseOr()
        var links: [ComparisonLink] = []
        var saved = index
        while let comparisonOperator = comparisonOperator() {
            guard
                let operand = try continuation(
                    from: saved,
                    { (parser: inout Parser) throws(ParseFailure) in try parser.bitwiseOr() })
            else { break }
            links.append(ComparisonLink(operator: comparisonOperator, operand: operand))
            saved = index
        }
        guard !links.isEmpty else { return first }
        return Expression(.comparison(first, links), range: range(from: start))
    }

    /// Consumes a comparison operator, including `not in` and `is not`.
    private mutating func comparisonOperator() -> ComparisonOperator? {
        if case .punctuation(let punctuation) = current.kind,
            let result = Parser.comparisonPunctuation[punctuation]
        {
            advance()
            return result
        }
        if current.kind.is(.in) {
            advance()
            return .in
        }
        if current.kind.is(.not) && peek().kind.is(.in) {
            advance()
            advance()
            return .notIn
        }
        guard current.kind.is(.is) else { return nil }
        advance()
        return accept(.not) ? .isNot : .is
    }

    private static let comparisonPunctuation: [Punctuation: ComparisonOperator] = [
        .equalEqual: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessOrEqual,
        .greater: .greater, .greaterEqual: .greaterOrEqual,
    ]
}
