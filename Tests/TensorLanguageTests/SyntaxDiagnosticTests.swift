import Testing

@testable import TensorLanguage

@Suite struct SyntaxDiagnosticTests {
    private static func rendered(_ source: String) -> String {
        switch parse(source: source, fileName: "x.py") {
        case .complete: "<parsed>"
        case .incomplete: "<incomplete>"
        case .error(let diagnostic): diagnostic.rendered
        }
    }

    @Test(arguments: cpythonCases1)
    func commonMistakesMatchCPython(source: String, expected: String) {
        #expect(Self.rendered(source) == expected)
    }

    @Test(arguments: cpythonCases2)
    func fStringCallTargetAndNumberErrorsMatchCPython(source: String, expected: String) {
        #expect(Self.rendered(source) == expected)
    }

    @Test(arguments: cpythonCases3)
    func blockHeaderAndStatementErrorsMatchCPython(source: String, expected: String) {
        #expect(Self.rendered(source) == expected)
    }

    @Test func rendererStripsIndentationAndShiftsTheCaret() {
        let diagnostic = SyntaxDiagnostic(
            kind: .syntaxError, message: "invalid syntax", fileName: "a.py", line: 4, column: 10,
            endColumn: 13, sourceLine: "    x = 1 2 3")
        #expect(
            diagnostic.rendered
                == "  File \"a.py\", line 4\n    x = 1 2 3\n          ^^^\nSyntaxError: invalid syntax\n"
        )
    }

    @Test func rendererOmitsTheCaretInsideStrippedIndentation() {
        let diagnostic = SyntaxDiagnostic(
            kind: .indentationError, message: "unexpected indent", fileName: "a.py", line: 2,
            column: -1,
            endColumn: nil, sourceLine: "  y = 2")
        #expect(
            diagnostic.rendered
                == "  File \"a.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n")
    }

    @Test func rendererClipsTheCaretToTheEndOfTheLine() {
        let diagnostic = SyntaxDiagnostic(
            kind: .syntaxError, message: "m", fileName: "a.py", line: 1, column: 40, endColumn: nil,
            sourceLine: "abc")
        #expect(
            diagnostic.rendered == "  File \"a.py\", line 1\n    abc\n       ^\nSyntaxError: m\n")
    }

    @Test func rendererWithoutSourceLineShowsOnlyFileAndMessage() {
        let diagnostic = SyntaxDiagnostic(
            kind: .tabError, message: "m", fileName: "<stdin>", line: 1, column: 0, endColumn: nil,
            sourceLine: nil)
        #expect(diagnostic.rendered == "  File \"<stdin>\", line 1\nTabError: m\n")
    }

    @Test func nullBytesAreRejected() {
        guard case .error(let diagnostic) = parse(source: "x = 1\u{0}\n", fileName: "x.py") else {
            Issue.record("expected an error")
            return
        }
        // CPython 3.11.7 prints the line up to the NUL and no caret.
        #expect(
            diagnostic.rendered
                == "  File \"x.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"
        )
    }

    @Test func tooManyNestedBracketsMatchesCPythonLimit() {
        let fine =
            "x = " + String(repeating: "(", count: 200) + String(repeating: ")", count: 200) + "\n"
        let tooDeep =
            "x = " + String(repeating: "(", count: 201) + String(repeating: ")", count: 201) + "\n"
        #expect(Self.rendered(fine) == "<parsed>")
        guard case .error(let diagnostic) = parse(source: tooDeep, fileName: "x.py") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.message == "too many nested parentheses")
        #expect(diagnostic.column == 204)
    }

    @Test func compileTimeChecksMatchCPython() {
        #expect(
            !dumpParse("def f():\n    for x in y:\n        def g(): return\n        break\n")
                .hasPrefix("error"))
        #expect(
            dumpParse("while x:\n    def f():\n        continue\n")
                == "error: 'continue' not properly in loop")
        #expect(dumpParse("class A:\n    return 1\n") == "error: 'return' outside function")
    }
}
