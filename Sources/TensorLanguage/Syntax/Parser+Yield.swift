extension Parser {
    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    mutating func yieldExpression() throws(ParseFailure) -> Expression {
        let start = current.location
        advance()
        if functionDepth == 0 {
            throw failure("'yield' outside function", range: range(from: start))
        }
        sawYield = true
        if accept(.from) {
            let value = try expression()
            return Expression(.yieldFrom(value), range: range(from: start))
        }
        guard startsExpression(current.kind) || current.kind.is(.star) else {
            return Expression(.yield(nil), range: range(from: start))
        }
        let value = try starExpressions()
        return Expression(.yield(value), range: range(from: start))
    }

    /// `NAME ':=' expression`, the current token being `:=`.
    mutating func walrus(target: Expression) throws(ParseFailure) -> Expression {
        guard case .name(let name) = target.kind else {
            throw failure(
                "cannot use assignment expressions with \(target.pythonDescription)", range: target.range)
        }
        advance()
        let value = try expression()
        walrusTargets.append(name.text)
        return Expression(.namedExpression(name, value), range: range(from: target.range.start))
    }

    /// Parses a `def` or `lambda` body in a function scope of its own (no enclosing loop for
    /// `break`, one function deeper), recording on `parameters` whether it yields and what it binds
    /// with `:=`, without mixing those up with the enclosing function's.
    mutating func functionBody<T>(
        _ parameters: inout Parameters, _ body: (inout Parser) throws(ParseFailure) -> T
    ) throws(ParseFailure) -> T {
        let (savedYield, savedTargets, savedLoopDepth) = (sawYield, walrusTargets, loopDepth)
        (sawYield, walrusTargets, loopDepth) = (false, [], 0)
        functionDepth += 1
        defer {
            (sawYield, walrusTargets, loopDepth) = (savedYield, savedTargets, savedLoopDepth)
            functionDepth -= 1
        }
        let result = try body(&self)
        parameters.isGenerator = sawYield
        parameters.expressionTargets = walrusTargets
        return result
    }
}
