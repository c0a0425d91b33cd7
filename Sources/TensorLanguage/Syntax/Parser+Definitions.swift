extension Parser {
    /// `try_stmt: 'try' &&':' block (except_block+ [else_block] [finally_block] | finally_block)`
    mutating func tryStatement() throws(ParseFailure) -> StatementKind {
        let line = current.location.line
        advance()
        try headerColon(forced: true)
        let body = try block(after: "'try' statement", headerLine: line)
        var handlers: [ExceptHandler] = []
        while current.kind.is(.except) {
            handlers.append(try exceptBlock())
        }
        var orElse: [Statement] = []
        if !handlers.isEmpty, current.kind.is(.else) {
            let elseLine = current.location.line
            advance()
            try headerColon(forced: true)
            orElse = try block(after: "'else' statement", headerLine: elseLine)
        }
        var finalBody: [Statement] = []
        if current.kind.is(.finally) {
            let finallyLine = current.location.line
            advance()
            try headerColon(forced: true)
            finalBody = try block(after: "'finally' statement", headerLine: finallyLine)
        } else if handlers.isEmpty {
            throw invalidSyntax(SyntaxMessages.expectedExceptOrFinally)
        }
        return .tryStatement(body: body, handlers: handlers, orElse: orElse, finalBody: finalBody)
    }

    /// `except_block: 'except' [expression ['as' NAME]] ':' block`
    private mutating func exceptBlock() throws(ParseFailure) -> ExceptHandler {
        let location = current.location
        advance()
        var type: Expression?
        var boundName: String?
        if !current.kind.is(.colon) && current.kind != .newline {
            let first = try expression()
            if current.kind.is(.comma) {
                let start = first.range.start
                _ = try starExpressionsContinuing(first: first, start: start)
                throw failure(
                    "multiple exception types must be parenthesized", range: range(from: start))
            }
            type = first
            if accept(.as) { boundName = try name() }
        }
        try headerColon()
        let body = try block(after: "'except' statement", headerLine: location.line)
        return ExceptHandler(type: type, name: boundName, body: body, location: location)
    }

    /// `decorators (function_def | class_def)`
    mutating func decorated() throws(ParseFailure) -> Statement {
        let start = current.location
        var decorators: [Expression] = []
        while accept(.at) {
            decorators.append(try namedExpression())
            guard current.kind == .newline else { throw invalidSyntax() }
            advance()
        }
        if current.kind.is(.def) {
            let definition = try functionDefinition(decorators: decorators)
            return Statement(.functionDefinition(definition), range: range(from: start))
        }
        if current.kind.is(.class) {
            let definition = try classDefinition(decorators: decorators)
            return Statement(.classDefinition(definition), range: range(from: start))
        }
        throw invalidSyntax()
    }

    /// `function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block`
    mutating func functionDefinition(decorators: [Expression]) throws(ParseFailure)
        -> FunctionDefinition
    {
        let line = current.location.line
        advance()
        let functionName = try name()
        guard accept(.leftParenthesis) else { throw invalidSyntax("expected '('") }
        let mark = mentions.open()
        var parameters = try parameterList(closing: .rightParenthesis, allowsAnnotations: true)
        try expect(.rightParenthesis)
        let returnAnnotation = accept(.arrow) ? try expression() : nil
        try headerColon(forced: true)
        let body = try functionBody(&parameters) { (parser: inout Parser) throws(ParseFailure) in
            try parser.block(after: "function definition", headerLine: line)
        }
        parameters.scope.mentionedNames = mentions.close(mark)
        return FunctionDefinition(
            name: functionName, parameters: parameters, body: body, decorators: decorators,
            returnAnnotation: returnAnnotation)
    }

    /// `class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block`
    mutating func classDefinition(decorators: [Expression]) throws(ParseFailure) -> ClassDefinition {
        let line = current.location.line
        advance()
        let className = try name()
        var bases: [Argument] = []
        if accept(.leftParenthesis) {
            bases = try callArguments()
        }
        try headerColon()
        let savedLoopDepth = loopDepth
        let savedFunctionDepth = functionDepth
        loopDepth = 0
        functionDepth = 0
        defer {
            loopDepth = savedLoopDepth
            functionDepth = savedFunctionDepth
        }
        let mark = mentions.open()
        let body = try block(after: "class definition", headerLine: line)
        return ClassDefinition(
            name: className, bases: bases, body: body, decorators: decorators, mentionedNames: mentions.close(mark))
    }
}
