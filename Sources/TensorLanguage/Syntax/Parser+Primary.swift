extension Parser {
    /// `bitwise_or` and everything binding tighter down to `term`, by precedence climbing.
    mutating func bitwiseOr() throws(ParseFailure) -> Expression {
        try binary(minimumLevel: 1)
    }

    /// Operators from `|` (level 1) to `* / // % @` (level 6); all left-associative.
    private static let binaryOperators: [Punctuation: (BinaryOperator, Int)] = [
        .pipe: (.bitwiseOr, 1), .caret: (.bitwiseXor, 2), .ampersand: (.bitwiseAnd, 3),
        .leftShift: (.leftShift, 4), .rightShift: (.rightShift, 4),
        .plus: (.add, 5), .minus: (.subtract, 5),
        .star: (.multiply, 6), .slash: (.divide, 6), .doubleSlash: (.floorDivide, 6),
        .percent: (.modulo, 6), .at: (.matrixMultiply, 6),
    ]

    /// Recursion here is at most six levels deep; long chains are built in the loop.
    private mutating func binary(minimumLevel: Int) throws(ParseFailure) -> Expression {
        let start = current.location
        var left = try factor()
        var chain = 0
        while case .punctuation(let punctuation) = current.kind,
            let (operation, level) = Parser.binaryOperators[punctuation], level >= minimumLevel
        {
            let saved = index
            advance()
            guard
                let right = try continuation(
                    from: saved,
                    { (parser: inout Parser) throws(ParseFailure) in
                        try parser.binary(minimumLevel: level + 1)
                    })
            else { break }
            left = Expression(.binary(operation, left, right), range: range(from: start))
            chain += 1
            try checkChain(chain)
        }
        return left
    }

    /// Fails when a left-nested chain would make the tree deeper than the limit.
    func checkChain(_ length: Int) throws(ParseFailure) {
        if depth + length > Parser.maximumDepth { throw invalidSyntax(SyntaxMessages.tooComplex) }
    }

    /// `factor: ('+' | '-' | '~') factor | power`
    mutating func factor() throws(ParseFailure) -> Expression {
        let start = current.location
        let operation: UnaryOperator
        if current.kind.is(.plus) {
            operation = .plus
        } else if current.kind.is(.minus) {
            operation = .minus
        } else if current.kind.is(.tilde) {
            operation = .invert
        } else {
            return try power()
        }
        advance()
        let operand = try nested { (parser: inout Parser) throws(ParseFailure) in
            try parser.factor()
        }
        return Expression(.unary(operation, operand), range: range(from: start))
    }

    /// `power: primary ['**' factor]`; right-associative and tighter than a unary on its left.
    private mutating func power() throws(ParseFailure) -> Expression {
        let start = current.location
        let base = try primary()
        let saved = index
        guard accept(.doubleStar) else { return base }
        let parsed = try continuation(from: saved) { (parser: inout Parser) throws(ParseFailure) in
            try parser.nested { (inner: inout Parser) throws(ParseFailure) in try inner.factor() }
        }
        guard let exponent = parsed else { return base }
        return Expression(.binary(.power, base, exponent), range: range(from: start))
    }

    /// `primary: atom ('.' NAME | '(' arguments ')' | '[' slices ']')*`
    private mutating func primary() throws(ParseFailure) -> Expression {
        let start = current.location
        var value = try atom()
        var chain = 0
        while true {
            let saved = index
            guard
                let extended = try continuation(
                    from: saved,
                    { (parser: inout Parser) throws(ParseFailure) in
                        try parser.postfix(on: value, start: start)
                    }), let next = extended
            else { return value }
            value = next
            chain += 1
            try checkChain(chain)
        }
    }

    /// One `.name`, `(arguments)` or `[slices]` applied to `value`, or `nil` if none follows.
    private mutating func postfix(on value: Expression, start: SourceLocation) throws(ParseFailure)
        -> Expression?
    {
        if accept(.dot) {
            let attribute = try name()
            return Expression(.attribute(value, name: attribute), range: range(from: start))
        }
        if accept(.leftParenthesis) {
            let arguments = try callArguments()
            return Expression(.call(callee: value, arguments: arguments), range: range(from: start))
        }
        if accept(.leftBracket) {
            let index = try slices()
            try expect(.rightBracket)
            return Expression(.subscript(value, index: index), range: range(from: start))
        }
        return nil
    }

    /// `slices: slice !',' | ','.slice+ [',']`; several make a tuple index.
    private mutating func slices() throws(ParseFailure) -> Expression {
        let start = current.location
        let first = try slice()
        guard current.kind.is(.comma) else { return first }
        var items = [first]
        while accept(.comma) {
            if current.kind.is(.rightBracket) { break }
            items.append(try slice())
        }
        return Expression(.tuple(items), range: range(from: start))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
    private mutating func slice() throws(ParseFailure) -> Expression {
        let start = current.location
        var lower: Expression?
        if !current.kind.is(.colon) {
            let value = try starNamedExpression()
            guard current.kind.is(.colon) else { return value }
            lower = value
        }
        advance()
        let upper = startsExpression(current.kind) ? try expression() : nil
        var step: Expression?
        if accept(.colon) {
            step = startsExpression(current.kind) ? try expression() : nil
        }
        return Expression(.slice(lower: lower, upper: upper, step: step), range: range(from: start))
    }

    /// Whether a token can begin an expression (used where an expression is optional).
    func startsExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .name, .integer, .float, .string:
            true
        case .keyword(let keyword):
            [.true, .false, .none, .not, .lambda].contains(keyword)
        case .punctuation(let punctuation):
            [.leftParenthesis, .leftBracket, .leftBrace, .minus, .plus, .tilde, .ellipsis]
                .contains(punctuation)
        case .unknown, .newline, .indent, .dedent, .endOfInput, .failure:
            false
        }
    }
}
