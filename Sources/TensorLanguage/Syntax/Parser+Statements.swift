extension Parser {
    /// `file: [statements] ENDMARKER`
    mutating func file() throws(ParseFailure) -> [Statement] {
        var body: [Statement] = []
        while current.kind != .endOfInput {
            if current.kind == .newline {
                advance()
            } else {
                body += try statement()
            }
        }
        return body
    }

    /// `statement: compound_stmt | simple_stmts`; one line may hold several simple statements.
    mutating func statement() throws(ParseFailure) -> [Statement] {
        if case .indent = current.kind {
            throw ParseFailure(
                diagnostic: source.diagnostic(
                    .indentationError, SyntaxMessages.unexpectedIndent, line: current.location.line,
                    column: -1),
                tokenIndex: index, yieldsToLexer: false)
        }
        if let compound = try compoundStatement() { return [compound] }
        return try simpleStatements()
    }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    mutating func simpleStatements() throws(ParseFailure) -> [Statement] {
        var statements = [try simpleStatement()]
        while accept(.semicolon) {
            if case .newline = current.kind { break }
            statements.append(try simpleStatement())
        }
        guard case .newline = current.kind else { throw unexpectedAfterStatement() }
        advance()
        return statements
    }

    /// The error for a token left over after a complete simple statement.
    func unexpectedAfterStatement() -> ParseFailure {
        invalidSyntax()
    }

    /// One simple statement, chosen by its first token.
    mutating func simpleStatement() throws(ParseFailure) -> Statement {
        let start = current.location
        if case .keyword(let keyword) = current.kind,
            let kind = try keywordSimpleStatement(keyword, start: start)
        {
            return Statement(kind, range: range(from: start))
        }
        return try assignmentOrExpression()
    }

    private mutating func keywordSimpleStatement(_ keyword: Keyword, start: SourceLocation)
        throws(ParseFailure) -> StatementKind?
    {
        switch keyword {
        case .pass:
            advance()
            return .pass
        case .break:
            advance()
            if loopDepth == 0 { throw failure("'break' outside loop", range: range(from: start)) }
            return .breakStatement
        case .continue:
            advance()
            if loopDepth == 0 {
                throw failure("'continue' not properly in loop", range: range(from: start))
            }
            return .continueStatement
        case .return:
            return try returnStatement(start: start)
        case .raise:
            return try raiseStatement()
        case .global, .nonlocal:
            advance()
            var names = [try name()]
            while accept(.comma) { names.append(try name()) }
            for name in names { mentions.record(name) }
            return keyword == .global ? .global(names) : .nonlocal(names)
        case .del:
            return try deleteStatement()
        case .assert:
            advance()
            let test = try expression()
            let message = accept(.comma) ? try expression() : nil
            return .assert(test: test, message: message)
        case .import:
            return try importStatement()
        case .from:
            return try fromImportStatement()
        case .false, .none, .true, .and, .as, .async, .await, .class, .def, .elif, .else,
            .except, .finally, .for, .if, .in, .is, .lambda, .not, .or, .try, .while, .with,
            .yield:
            return nil
        }
    }

    private mutating func returnStatement(start: SourceLocation) throws(ParseFailure)
        -> StatementKind
    {
        advance()
        let value: Expression? = startsExpression(current.kind) ? try starExpressions() : nil
        if let value { try rejectStarred(value) }
        if functionDepth == 0 {
            throw failure("'return' outside function", range: range(from: start))
        }
        return .returnStatement(value)
    }

    private mutating func raiseStatement() throws(ParseFailure) -> StatementKind {
        advance()
        guard startsExpression(current.kind) else { return .raise(exception: nil, cause: nil) }
        let exception = try expression()
        let cause = accept(.from) ? try expression() : nil
        return .raise(exception: exception, cause: cause)
    }

    private mutating func deleteStatement() throws(ParseFailure) -> StatementKind {
        advance()
        var targets: [Expression] = []
        repeat {
            if case .newline = current.kind, !targets.isEmpty { break }
            let target = try bitwiseOr()
            try checkTarget(target, context: .delete)
            targets.append(target)
        } while accept(.comma)
        return .delete(targets)
    }

    /// CPython's hint for Python 2's `print x` and `exec code`.
    private mutating func rejectLegacyStatement(_ expression: Expression) throws(ParseFailure) {
        guard case .name(let identifier) = expression.kind, identifier.text == "print" || identifier.text == "exec",
            startsExpression(current.kind), !current.kind.is(.leftParenthesis)
        else { return }
        let saved = index
        if let argument = try? withoutHints({ (parser: inout Parser) throws(ParseFailure) in
            try parser.starExpressions()
        }) {
            throw failure(
                "Missing parentheses in call to '\(identifier)'. Did you mean \(identifier)(...)?",
                range: SourceRange(start: expression.range.start, end: argument.range.end))
        }
        index = saved
    }

    /// A lone `*x` is only valid inside a display, a call or a target list.
    func rejectStarred(_ expression: Expression) throws(ParseFailure) {
        if case .starred = expression.kind {
            throw failure("can't use starred expression here", range: expression.range)
        }
    }

    /// `NAME`, or "invalid syntax" at the current token.
    mutating func name() throws(ParseFailure) -> String {
        guard case .name(let name) = current.kind else { throw invalidSyntax() }
        advance()
        return name
    }

    /// `assignment | star_expressions`, including augmented and annotated assignment.
    mutating func assignmentOrExpression() throws(ParseFailure) -> Statement {
        let start = current.location
        let first = try starExpressions()
        if case .punctuation(let punctuation) = current.kind,
            let operation = punctuation.augmentedOperator
        {
            try checkTarget(first, context: .augmented)
            advance()
            let value = try starExpressions()
            return Statement(
                .augmentedAssignment(target: first, operator: operation, value: value),
                range: range(from: start))
        }
        if current.kind.is(.colon) {
            return try annotatedAssignment(target: first, start: start)
        }
        guard current.kind.is(.equal) else {
            try rejectLegacyStatement(first)
            try rejectStarred(first)
            return Statement(.expression(first), range: range(from: start))
        }
        var targets: [Expression] = []
        var value = first
        while current.kind.is(.equal) {
            try checkAssignmentTarget(value, isFirst: targets.isEmpty)
            targets.append(value)
            advance()
            value = try starExpressions()
        }
        try rejectStarred(value)
        return Statement(.assignment(targets: targets, value: value), range: range(from: start))
    }

    private mutating func annotatedAssignment(target: Expression, start: SourceLocation)
        throws(ParseFailure) -> Statement
    {
        advance()
        let annotation = try expression()
        if case .tuple = target.kind {
            throw failure("only single target (not tuple) can be annotated", range: target.range)
        }
        if case .list = target.kind {
            throw failure("only single target (not list) can be annotated", range: target.range)
        }
        guard target.isSingleTarget else {
            throw failure("illegal target for annotation", range: target.range)
        }
        let value = accept(.equal) ? try starExpressions() : nil
        return Statement(
            .annotatedAssignment(target: target, annotation: annotation, value: value),
            range: range(from: start))
    }
}
