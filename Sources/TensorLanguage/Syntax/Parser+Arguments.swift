extension Parser {
    /// `arguments` of a call, after its `(`, through the closing `)`.
    ///
    /// A lone generator argument (`sum(x for x in xs)`) needs no parentheses of its own.
    mutating func callArguments() throws(ParseFailure) -> [Argument] {
        var arguments: [Argument] = []
        var keywordNames: Set<String> = []
        var sawKeyword = false
        var sawMappingUnpack = false
        var misplacedPositional: String?
        while !current.kind.is(.rightParenthesis) {
            let start = current.location
            if accept(.star) {
                if sawMappingUnpack {
                    throw failure(
                        "iterable argument unpacking follows keyword argument unpacking",
                        range: previous.range)
                }
                arguments.append(.unpackedSequence(try expression()))
            } else if accept(.doubleStar) {
                arguments.append(.unpackedMapping(try expression()))
                sawMappingUnpack = true
            } else if case .name(let keyword) = current.kind, peek().kind.is(.equal) {
                advance()
                advance()
                let value = try expression()
                guard keywordNames.insert(keyword).inserted else {
                    throw failure(
                        "keyword argument repeated: \(keyword)", range: range(from: start))
                }
                arguments.append(.keyword(name: keyword, value: value, location: start))
                sawKeyword = true
            } else {
                let value = try positionalArgument(isFirst: arguments.isEmpty)
                if misplacedPositional == nil && (sawKeyword || sawMappingUnpack) {
                    misplacedPositional =
                        sawMappingUnpack
                        ? SyntaxMessages.positionalAfterKeywordUnpacking
                        : SyntaxMessages.positionalAfterKeyword
                }
                arguments.append(.positional(value))
            }
            guard accept(.comma) else { break }
        }
        if let misplacedPositional, current.kind.is(.rightParenthesis) {
            throw invalidSyntax(misplacedPositional)
        }
        try expect(.rightParenthesis)
        return arguments
    }

    /// A positional argument, a lone generator expression, or a misplaced `expr=value`.
    private mutating func positionalArgument(isFirst: Bool) throws(ParseFailure) -> Expression {
        let start = current.location
        let value = try expression()
        if current.kind.is(.for) {
            let generators = try comprehensionClauses()
            let generator = Expression(
                .generator(element: value, generators: generators), range: range(from: start))
            if !isFirst || !current.kind.is(.rightParenthesis) {
                throw failure(SyntaxMessages.generatorNeedsParentheses, range: generator.range)
            }
            return generator
        }
        if current.kind.is(.equal) && !peek().kind.is(.equal) {
            let equalSign = current
            switch value.kind {
            case .bool, .none:
                throw failure(
                    "cannot assign to \(value.pythonDescription)",
                    range: SourceRange(start: value.range.start, end: equalSign.range.end))
            case .name, .integer, .float, .string, .formattedString, .ellipsis, .list, .tuple,
                .dictionary, .set, .starred, .listComprehension, .setComprehension,
                .dictionaryComprehension, .generator, .unary, .binary, .booleanOperation,
                .comparison, .conditional, .lambda, .call, .attribute, .subscript, .slice, .yield,
                .yieldFrom, .namedExpression:
                throw failure(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    range: SourceRange(start: value.range.start, end: equalSign.range.end))
            }
        }
        return value
    }
}
