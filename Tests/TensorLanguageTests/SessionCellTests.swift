import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct SessionCellTests {
    @Test func cellReportsFinalExpressionAsAResultEvent() {
        let recorder = EventRecorder()
        let session = Session(sink: recorder)
        let first = session.runCell("import torch\nx = torch.ones(2)\nprint('hi')\nx * 3", fileName: "<cell>")
        #expect(first.outcome == .completed)
        #expect(first.events == [.stream(.stdout, "hi\n"), .result(ResultValue(repr: "tensor([3., 3.])"))])
        #expect(first.stdout == "hi\n")
        #expect(first.result == "tensor([3., 3.])")
        let second = session.runCell("x + 1\ny = 2", fileName: "<cell>")
        #expect(second.events.isEmpty)
        #expect(recorder.events == first.events)
    }

    @Test func cellsShareOneNamespaceAndReportErrors() {
        let session = Session(sink: DiscardingSink())
        _ = session.runCell("a = 41", fileName: "<cell>")
        let ok = session.runCell("a + 1", fileName: "<cell>")
        #expect(ok.result == "42")
        let failed = session.runCell("b", fileName: "<cell>")
        #expect(failed.outcome == .failed(exceptionName: "NameError"))
        #expect(
            failed.error
                == ErrorReport(
                    name: "NameError", message: "name 'b' is not defined",
                    frames: [ErrorFrame(fileName: "<cell>", line: 1, function: "<module>", sourceLine: "b")],
                    traceback: """
                        Traceback (most recent call last):
                          File "<cell>", line 1, in <module>
                            b
                        NameError: name 'b' is not defined

                        """))
        #expect(failed.stderr == failed.error?.traceback)
    }

    @Test func cellSyntaxErrorIsAnErrorEventWithItsLine() {
        let result = Session(sink: DiscardingSink()).runCell("x = 1\nif x\n", fileName: "<cell 2>")
        #expect(result.outcome == .failed(exceptionName: "SyntaxError"))
        #expect(
            result.events == [
                .error(
                    ErrorReport(
                        name: "SyntaxError", message: "expected ':'",
                        frames: [ErrorFrame(fileName: "<cell 2>", line: 2, function: "<module>", sourceLine: "if x")],
                        traceback: "  File \"<cell 2>\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"))
            ])
    }
}
