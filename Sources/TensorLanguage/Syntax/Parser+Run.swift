extension Parser {
    /// Lexes and parses `source`, then ranks lexer and parser errors as CPython does.
    static func run(source text: String, fileName: String, interactive: Bool, firstLine: Int = 1) -> ParseOutcome {
        let source = SourceText(text, fileName: fileName, firstLine: firstLine)
        if let nullIndex = source.scalars.firstIndex(of: "\u{0}") {
            let line = source.lineNumber(containing: nullIndex)
            var diagnostic = source.diagnostic(
                .syntaxError, SyntaxMessages.nullBytes, line: line, column: -1)
            diagnostic.sourceLine = diagnostic.sourceLine.map {
                String($0.prefix { $0 != "\u{0}" })
            }
            return .error(diagnostic)
        }
        var lexer = Lexer(source: source)
        let lexed = lexer.tokenize()
        var parser = Parser(source: source, lexResult: lexed)
        let endsWithEmptyLine = Parser.endsWithEmptyLine(source)
        do throws(ParseFailure) {
            let body = try parser.file()
            if interactive && !endsWithEmptyLine, let last = body.last, last.isCompound {
                return .incomplete
            }
            return .complete(Module(body: body, fileName: fileName, sourceLines: source.allLines, firstLine: source.firstLine))
        } catch {
            return parser.outcome(
                for: error, interactive: interactive, endsWithEmptyLine: endsWithEmptyLine)
        }
    }

    /// Chooses between the parser's error and a lexer error, or answers `.incomplete`.
    private func outcome(for failure: ParseFailure, interactive: Bool, endsWithEmptyLine: Bool)
        -> ParseOutcome
    {
        let failureIndex = tokens.lastIndex { $0.kind == .failure }
        // CPython's tokenizer raises as soon as the parser fetches the bad token.
        if let lexFailure, let failureIndex, max(failure.tokenIndex, furthest) >= failureIndex {
            if interactive && lexFailure.isIncompleteInput { return .incomplete }
            return .error(lexFailure.diagnostic)
        }
        if interactive {
            if !endsWithEmptyLine && failure.tokenIndex >= endOfInputIndex { return .incomplete }
            return .error(failure.diagnostic)
        }
        // CPython tokenizes the rest of a file after a parser error and lets
        // some tokenizer errors take precedence.
        if let lexFailure, failure.yieldsToLexer {
            if lexFailure.overridesParserError { return .error(lexFailure.diagnostic) }
            let furthestLine = tokens[min(furthest, tokens.count - 1)].location.line
            if let bracketLine = lexFailure.unclosedBracketLine, bracketLine < furthestLine {
                return .error(lexFailure.diagnostic)
            }
        }
        return .error(failure.diagnostic)
    }

    /// Whether the last line is empty, which closes an interactive block.
    ///
    /// As in CPython's REPL, a line of spaces does not count: only a totally empty one.
    private static func endsWithEmptyLine(_ source: SourceText) -> Bool {
        source.line(source.lastLine)?.isEmpty ?? true
    }
}

extension Statement {
    /// Whether this statement has a body that more lines could extend.
    var isCompound: Bool {
        switch kind {
        case .ifStatement, .whileStatement, .forStatement, .withStatement, .tryStatement,
            .functionDefinition, .classDefinition:
            true
        case .expression, .assignment, .augmentedAssignment, .annotatedAssignment,
            .returnStatement, .breakStatement, .continueStatement, .pass, .delete, .assert,
            .global, .nonlocal, .importModules, .importFrom, .raise:
            false
        }
    }
}
