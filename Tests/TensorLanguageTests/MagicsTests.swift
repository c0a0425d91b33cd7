import Testing

@testable import TensorLanguage

/// Magics report through the session's sink, never to the process's stdout.
@Suite(.serialized)
struct MagicsTests {
    private func session() -> (Session, EventRecorder) {
        let recorder = EventRecorder()
        let session = Session(sink: recorder)
        _ = session.run(source: "import torch\n", fileName: "<startup>")
        session.hideCurrentNames()
        return (session, recorder)
    }

    @Test func ordinaryPythonIsNotAMagic() {
        let (session, recorder) = session()
        #expect(!session.runMagic("x = 1", context: MagicContext()))
        #expect(!session.runMagic("?", context: MagicContext()))
        #expect(recorder.events.isEmpty)
    }

    @Test func whoListsUserVariablesAsAStdoutEvent() {
        let (session, recorder) = session()
        #expect(session.runMagic("%who", context: MagicContext()))
        _ = session.run(source: "b = 1\na = 2\n", fileName: "<stdin>")
        #expect(session.runMagic("%who", context: MagicContext()))
        #expect(recorder.events == [.stream(.stdout, "Interactive namespace is empty.\n"), .stream(.stdout, "a\tb\t\n")])
    }

    @Test func resetAsksThroughTheContextAndKeepsVariablesOnNo() {
        let (session, recorder) = session()
        _ = session.run(source: "a = 2\n", fileName: "<stdin>")
        var questions: [String] = []
        let context = MagicContext(ask: {
            questions.append($0)
            return "n"
        })
        #expect(session.runMagic("%reset", context: context))
        #expect(questions == ["Once deleted, variables cannot be recovered. Proceed (y/[n])? "])
        #expect(recorder.events == [.stream(.stdout, "Nothing done.\n")])
        #expect(session.userVariables() == ["a"])
        #expect(session.runMagic("%reset -f", context: context))
        #expect(session.userVariables().isEmpty)
    }

    @Test func historyComesFromTheFrontEnd() {
        let (session, recorder) = session()
        #expect(session.runMagic("%history", context: MagicContext(history: { ["x = 1", "x"] })))
        #expect(recorder.events == [.stream(.stdout, "x = 1\nx\n")])
    }

    @Test func unknownMagicIsAUsageErrorOnStderr() {
        let (session, recorder) = session()
        #expect(session.runMagic("%nope", context: MagicContext()))
        #expect(recorder.events == [.stream(.stderr, "UsageError: Line magic function `%nope` not found.\n")])
    }

    @Test func timeitOfAFailingStatementReportsItsErrorEvent() {
        let (session, recorder) = session()
        #expect(session.runMagic("%timeit undefined_name", context: MagicContext()))
        #expect(
            recorder.events == [
                .error(
                    ErrorReport(
                        name: "NameError", message: "name 'undefined_name' is not defined",
                        frames: [
                            ErrorFrame(fileName: "<timeit>", line: 1, function: "<module>", sourceLine: "undefined_name")
                        ],
                        traceback:
                            "Traceback (most recent call last):\n  File \"<timeit>\", line 1, in <module>\n    undefined_name\nNameError: name 'undefined_name' is not defined\n"
                    ))
            ])
    }

    @Test func inspectorWithAQuestionMarkPrintsThroughTheSink() {
        let (session, recorder) = session()
        #expect(session.runMagic("torch.ones?", context: MagicContext()))
        guard case .stream(.stdout, let text)? = recorder.events.first else {
            Issue.record("no help text: \(recorder.events)")
            return
        }
        #expect(text.hasPrefix("Signature: torch.ones(*size, dtype=None, requires_grad=False) -> Tensor\n"))
    }
}
