import Testing

@testable import TensorLanguage

/// How interactive input is classified: a finished entry, a prompt for more, or an error.
enum InputClassification: Equatable, CustomStringConvertible {
    case complete
    case incomplete
    case error

    var description: String {
        switch self {
        case .complete: "complete"
        case .incomplete: "incomplete"
        case .error: "error"
        }
    }
}

private func classify(_ source: String) -> InputClassification {
    switch parseInteractive(source: source) {
    case .complete: .complete
    case .incomplete: .incomplete
    case .error: .error
    }
}

@Suite struct InteractiveParseTests {
    /// What CPython's REPL does with each input: `...` (incomplete), run it, or a SyntaxError.
    /// Blocks end only with a totally empty line, as in the REPL (codeop differs there).
    @Test(arguments: [
        ("x = 1", InputClassification.complete),
        ("x = 1\n", .complete),
        ("", .complete),
        ("# comment\n", .complete),
        ("x = (1,", .incomplete),
        ("x = (1,\n", .incomplete),
        ("x = [1,\n 2", .incomplete),
        ("x = [1,\n 2]", .complete),
        ("f(\n", .incomplete),
        ("x = {1:", .incomplete),
        ("print(1 2", .incomplete),
        ("if x:", .incomplete),
        ("if x:\n", .incomplete),
        ("if x:\n  y = 1\n", .incomplete),
        ("if x:\n  y = 1\n\n", .complete),
        ("if x:\n\n", .error),
        ("for i in range(3): print(i)", .incomplete),
        ("for i in range(3): print(i)\n\n", .complete),
        ("for i in range(3):\n  print(i)\n", .incomplete),
        ("while True:\n  pass\n  \n", .incomplete),
        ("def f():", .incomplete),
        ("def f():\n  return 1\n\n", .complete),
        ("@dec\n", .incomplete),
        ("class A:\n  pass\n\n", .complete),
        ("try:\n  pass\n", .incomplete),
        ("try:\n  pass\n\n", .error),
        ("try:\n  pass\nexcept E:\n  pass\n\n", .complete),
        ("if x:\n  pass\nelse:\n", .incomplete),
        ("if x:\n  y = (1,\n", .incomplete),
        ("with a as b:\n", .incomplete),
        ("s = \"\"\"abc", .incomplete),
        ("s = \"\"\"abc\n", .incomplete),
        ("s = \"\"\"abc\ndef\"\"\"", .complete),
        ("x = f'''{\n", .incomplete),
        ("x = 1 + \\", .incomplete),
        ("x = 1 + \\\n", .incomplete),
        ("x = 1 + \\\n\n", .error),
        ("x = 1 +", .error),
        ("x = )", .error),
        ("s = 'abc", .error),
        ("x = 1 2", .error),
        ("lambda:", .error),
        ("  x = 1", .error),
        ("if x:\n    y = 1\n  z = 2\n", .error),
        ("x = f'{'", .error),
    ])
    func inputIsCompleteIncompleteOrAnError(source: String, expected: InputClassification) {
        #expect(classify(source) == expected)
    }

    @Test func interactiveErrorsKeepCPythonMessages() {
        guard case .error(let diagnostic) = parseInteractive(source: "if x:\n\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.kind == .indentationError)
        #expect(diagnostic.message == "expected an indented block after 'if' statement on line 1")
        #expect(diagnostic.fileName == "<stdin>")
    }

    @Test func fileModeNeverAnswersIncomplete() {
        for source in ["x = (1,", "if x:\n", "s = \"\"\"abc", "x = 1 + \\"] {
            guard case .error = parse(source: source, fileName: "t.py") else {
                Issue.record("expected an error for \(source)")
                continue
            }
        }
    }
}
