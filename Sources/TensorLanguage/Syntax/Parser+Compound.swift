extension Parser {
    /// `compound_stmt`, or `nil` when the current token does not start one.
    mutating func compoundStatement() throws(ParseFailure) -> Statement? {
        guard case .keyword(let keyword) = current.kind else {
            if current.kind.is(.at) { return try decorated() }
            return nil
        }
        let start = current.location
        let kind: StatementKind
        switch keyword {
        case .if: kind = try ifStatement()
        case .while: kind = try whileStatement()
        case .for: kind = try forStatement()
        case .try: kind = try tryStatement()
        case .with: kind = try withStatement()
        case .def: kind = .functionDefinition(try functionDefinition(decorators: []))
        case .class: kind = .classDefinition(try classDefinition(decorators: []))
        case .false, .none, .true, .and, .as, .assert, .async, .await, .break, .continue, .del,
            .elif, .else, .except, .finally, .from, .global, .import, .in, .is, .lambda,
            .nonlocal, .not, .or, .pass, .raise, .return, .yield:
            return nil
        }
        return Statement(kind, range: range(from: start))
    }

    /// The `:` ending a block header.
    ///
    /// CPython says "expected ':'" when the line ends early, and for the rules
    /// that force the colon (`&&':'`) whatever follows; otherwise "invalid syntax".
    mutating func headerColon(forced: Bool = false) throws(ParseFailure) {
        if accept(.colon) { return }
        if forced || current.kind == .newline {
            throw invalidSyntax(SyntaxMessages.expectedColon)
        }
        throw invalidSyntax()
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`
    mutating func block(after construct: String, headerLine: Int) throws(ParseFailure)
        -> [Statement]
    {
        guard current.kind == .newline else { return try simpleStatements() }
        advance()
        guard current.kind == .indent else {
            let message = SyntaxMessages.expectedIndentedBlock(after: construct, line: headerLine)
            throw indentationFailure(message)
        }
        advance()
        return try nested { (parser: inout Parser) throws(ParseFailure) in
            var body: [Statement] = []
            while true {
                if case .dedent = parser.current.kind {
                    parser.advance()
                    return body
                }
                if case .endOfInput = parser.current.kind { return body }
                body += try parser.statement()
            }
        }
    }

    /// An IndentationError at the current token; at end of input CPython shows no caret.
    func indentationFailure(_ message: String) -> ParseFailure {
        var line = current.location.line
        var column = current.location.column
        if index >= endOfInputIndex {
            line = max(source.firstLine, min(line, source.lastLine))
            column = -1
        }
        return ParseFailure(
            diagnostic: source.diagnostic(.indentationError, message, line: line, column: column),
            tokenIndex: index)
    }

    /// `if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])`
    private mutating func ifStatement() throws(ParseFailure) -> StatementKind {
        let header = current
        advance()
        let test = try namedExpression()
        try headerColon()
        let construct = header.kind.is(.elif) ? "'elif' statement" : "'if' statement"
        let body = try block(after: construct, headerLine: header.location.line)
        if current.kind.is(.elif) {
            let start = current.location
            let elif = try ifStatement()
            return .ifStatement(
                test: test, body: body, orElse: [Statement(elif, range: range(from: start))])
        }
        return .ifStatement(test: test, body: body, orElse: try elseBlock())
    }

    /// `else_block: 'else' &&':' block`, or nothing.
    private mutating func elseBlock() throws(ParseFailure) -> [Statement] {
        guard current.kind.is(.else) else { return [] }
        let line = current.location.line
        advance()
        try headerColon(forced: true)
        return try block(after: "'else' statement", headerLine: line)
    }

    /// `while_stmt: 'while' named_expression ':' block [else_block]`
    private mutating func whileStatement() throws(ParseFailure) -> StatementKind {
        let line = current.location.line
        advance()
        let test = try namedExpression()
        try headerColon()
        loopDepth += 1
        let body = try block(after: "'while' statement", headerLine: line)
        loopDepth -= 1
        return .whileStatement(test: test, body: body, orElse: try elseBlock())
    }

    /// `for_stmt: 'for' star_targets 'in' star_expressions &&':' block [else_block]`
    private mutating func forStatement() throws(ParseFailure) -> StatementKind {
        let line = current.location.line
        advance()
        let target = try starTargets()
        guard accept(.in) else { throw invalidSyntax() }
        let iterable = try starExpressions()
        try rejectStarred(iterable)
        try headerColon()
        loopDepth += 1
        let body = try block(after: "'for' statement", headerLine: line)
        loopDepth -= 1
        return .forStatement(
            target: target, iterable: iterable, body: body, orElse: try elseBlock())
    }

    /// `star_targets` for `for` loops and comprehensions: a target list up to `in`.
    mutating func starTargets() throws(ParseFailure) -> Expression {
        let start = current.location
        var items: [Expression] = []
        var sawComma = false
        repeat {
            if current.kind.is(.in) && sawComma { break }
            let item = try starredOr { (parser: inout Parser) throws(ParseFailure) in
                try parser.bitwiseOr()
            }
            items.append(item)
            sawComma = current.kind.is(.comma)
        } while accept(.comma)
        let target =
            items.count == 1 && !sawComma
            ? items[0] : Expression(.tuple(items), range: range(from: start))
        try checkTarget(target, context: .loop)
        return target
    }

    /// `with_stmt: 'with' ','.with_item+ ':' block`
    private mutating func withStatement() throws(ParseFailure) -> StatementKind {
        let line = current.location.line
        advance()
        var items: [WithItem] = []
        repeat {
            let context = try expression()
            var target: Expression?
            if accept(.as) {
                let parsed = try bitwiseOr()
                try checkTarget(parsed, context: .assignment)
                target = parsed
            }
            items.append(WithItem(context: context, target: target))
        } while accept(.comma)
        try headerColon()
        let body = try block(after: "'with' statement", headerLine: line)
        return .withStatement(items: items, body: body)
    }
}
