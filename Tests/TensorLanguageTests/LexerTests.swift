import Testing

@testable import TensorLanguage

/// Lexes `source` and spells each token compactly: names bare, keywords as `kw:`, layout in caps.
private func spelled(_ source: String) -> [String] {
    var lexer = Lexer(source: SourceText(source, fileName: "t.py"))
    return lexer.tokenize().tokens.map { token in
        switch token.kind {
        case .name(let name): name
        case .keyword(let keyword): "kw:" + keyword.rawValue
        case .integer(let literal): "int:" + literal.text
        case .float(let value): "float:\(value)"
        case .string(let string): (string.isFormatted ? "f" : "") + "str:" + string.body
        case .punctuation(let punctuation): punctuation.rawValue
        case .unknown(let scalar): "?" + String(scalar)
        case .newline: "NEWLINE"
        case .indent: "INDENT"
        case .dedent: "DEDENT"
        case .endOfInput: "END"
        case .failure: "FAILURE"
        }
    }
}

private func lexFailure(_ source: String) -> SyntaxDiagnostic? {
    var lexer = Lexer(source: SourceText(source, fileName: "t.py"))
    return lexer.tokenize().failure?.diagnostic
}

@Suite struct LexerTests {
    @Test func simpleStatementTokens() {
        #expect(
            spelled("x = a.b(1, 2.5) ** -3\n") == [
                "x", "=", "a", ".", "b", "(", "int:1", ",", "float:2.5", ")", "**", "-", "int:3",
                "NEWLINE", "END",
            ])
    }

    @Test func longestOperatorWins() {
        #expect(
            spelled("a //= b ** c != d ... -> e\n") == [
                "a", "//=", "b", "**", "c", "!=", "d", "...", "->", "e", "NEWLINE", "END",
            ])
    }

    @Test func indentAndDedentFollowBlocks() {
        let source = "if a:\n    b\n    if c:\n        d\ne\n"
        #expect(
            spelled(source) == [
                "kw:if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "kw:if", "c", ":",
                "NEWLINE",
                "INDENT", "d", "NEWLINE", "DEDENT", "DEDENT", "e", "NEWLINE", "END",
            ])
    }

    @Test func endOfInputClosesOpenBlocksAndAddsNewline() {
        #expect(
            spelled("if a:\n  b") == [
                "kw:if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "DEDENT", "END",
            ])
    }

    @Test func blankAndCommentLinesProduceNoTokens() {
        #expect(
            spelled("# tags: x\n\n  # indented comment\na  # trailing\n\n") == [
                "a", "NEWLINE", "END",
            ])
    }

    @Test func newlinesInsideBracketsAreJoined() {
        #expect(
            spelled("f(1,\n      2)\n") == ["f", "(", "int:1", ",", "int:2", ")", "NEWLINE", "END"])
    }

    @Test func backslashJoinsLines() {
        #expect(
            spelled("a = 1 + \\\n  2\n") == ["a", "=", "int:1", "+", "int:2", "NEWLINE", "END"])
    }

    @Test func tabsAdvanceToNextMultipleOfEight() {
        #expect(
            spelled("if a:\n\tif b:\n\t    c\n\td\n") == [
                "kw:if", "a", ":", "NEWLINE", "INDENT", "kw:if", "b", ":", "NEWLINE", "INDENT", "c",
                "NEWLINE",
                "DEDENT", "d", "NEWLINE", "DEDENT", "END",
            ])
    }

    @Test func indentationThatDependsOnTabSizeIsATabError() {
        // A tab and eight spaces agree at tab size 8 but not at tab size 1, so CPython rejects the mix.
        #expect(lexFailure("if a:\n\tb\n        c\n")?.kind == .tabError)
    }

    @Test func inconsistentDedentIsAnIndentationError() {
        let diagnostic = lexFailure("if a:\n        b\n    c\n")
        #expect(diagnostic?.kind == .indentationError)
        #expect(diagnostic?.message == "unindent does not match any outer indentation level")
        #expect(diagnostic?.line == 3)
    }

    @Test func stringPrefixesAndQuotes() {
        #expect(
            spelled(#"r'\d' f"{x}" '''a'b''' "c""# + "\n") == [
                #"str:\d"#, "fstr:{x}", "str:a'b", "str:c", "NEWLINE", "END",
            ])
    }

    @Test func tripleQuotedStringsSpanLines() {
        #expect(spelled("s = \"\"\"a\nb\"\"\"\n") == ["s", "=", "str:a\nb", "NEWLINE", "END"])
    }

    @Test func keywordsAreRecognised() {
        #expect(
            spelled("not x is None\n") == ["kw:not", "x", "kw:is", "kw:None", "NEWLINE", "END"])
    }

    @Test func unicodeIdentifiersAreNames() {
        #expect(spelled("café = 1\n") == ["café", "=", "int:1", "NEWLINE", "END"])
    }

    @Test func unknownAsciiCharacterBecomesAnUnknownToken() {
        #expect(spelled("a $ b\n") == ["a", "?$", "b", "NEWLINE", "END"])
    }

    @Test func numberErrorsUseCPythonMessages() {
        #expect(lexFailure("x = 0b12\n")?.message == "invalid digit '2' in binary literal")
        #expect(lexFailure("x = 1_\n")?.message == "invalid decimal literal")
        #expect(lexFailure("x = 0x\n")?.message == "invalid hexadecimal literal")
        #expect(lexFailure("x = 1j\n")?.message == "imaginary literals are not supported")
    }

    @Test func tokensRecordTheirBracketDepth() {
        var lexer = Lexer(source: SourceText("f(a[1])\n", fileName: "t.py"))
        let depths = lexer.tokenize().tokens.map(\.bracketDepth)
        #expect(depths == [0, 1, 1, 2, 2, 1, 0, 0, 0])
    }

    @Test func tokenLocationsUseZeroBasedColumns() {
        var lexer = Lexer(source: SourceText("x = 1\n  \nyy\n", fileName: "t.py"))
        let tokens = lexer.tokenize().tokens
        #expect(
            tokens[2].range
                == SourceRange(
                    start: SourceLocation(line: 1, column: 4),
                    end: SourceLocation(line: 1, column: 5)))
        #expect(tokens[4].location == SourceLocation(line: 3, column: 0))
    }
}
