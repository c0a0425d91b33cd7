import Testing

@testable import TensorLanguage

/// The events a session reports, in order, for every kind of output.
@Suite(.serialized)
struct SessionEventTests {
    @Test func streamWritesKeepTheirOrderAcrossStdoutAndStderr() {
        let recorder = EventRecorder()
        let outcome = Session(sink: recorder).run(
            source: "import torch\nprint('a')\ntorch.ones(1).std()\nprint('b')\nundefined\n", fileName: "s.py")
        #expect(outcome == .failed(exceptionName: "NameError"))
        #expect(
            recorder.events == [
                .stream(.stdout, "a\n"),
                .warning(
                    WarningReport(
                        category: "UserWarning",
                        message:
                            "std(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel).",
                        fileName: "s.py", line: 3, sourceLine: "torch.ones(1).std()")),
                .stream(.stdout, "b\n"),
                .error(
                    ErrorReport(
                        name: "NameError", message: "name 'undefined' is not defined",
                        frames: [ErrorFrame(fileName: "s.py", line: 5, function: "<module>", sourceLine: "undefined")],
                        traceback:
                            "Traceback (most recent call last):\n  File \"s.py\", line 5, in <module>\n    undefined\nNameError: name 'undefined' is not defined\n"
                    )),
            ])
    }

    @Test func promptEntryReportsEveryExpressionValue() {
        let recorder = EventRecorder()
        _ = Session(sink: recorder).runInteractive(source: "1 + 1\nNone\nprint(3)\n'x'\n")
        #expect(
            recorder.events == [
                .result(ResultValue(repr: "2")), .stream(.stdout, "3\n"), .result(ResultValue(repr: "'x'")),
            ])
    }

    @Test func errorFramesListEveryCallOutermostFirst() {
        let recorder = EventRecorder()
        _ = Session(sink: recorder).run(source: "def f(n):\n    return 1 / n\nf(0)\n", fileName: "f.py")
        guard case .error(let report)? = recorder.events.last else {
            Issue.record("no error event: \(recorder.events)")
            return
        }
        #expect(
            report.frames == [
                ErrorFrame(fileName: "f.py", line: 3, function: "<module>", sourceLine: "f(0)"),
                ErrorFrame(fileName: "f.py", line: 2, function: "f", sourceLine: "    return 1 / n"),
            ])
        #expect(report.name == "ZeroDivisionError" && report.message == "division by zero")
    }

    @Test func pastedBlockRunsWithTheSessionsStateAndReportsErrorsAsEvents() {
        let recorder = EventRecorder()
        let session = Session(sink: recorder)
        _ = session.runBlock(source: "import torch\ntorch.ones(1).std()\n")
        #expect(
            recorder.events == [
                .warning(
                    WarningReport(
                        category: "UserWarning",
                        message:
                            "std(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel).",
                        fileName: "<stdin>", line: 2, sourceLine: "torch.ones(1).std()")),
                .result(ResultValue(repr: "tensor(nan)")),
            ])
        recorder.removeAll()
        #expect(session.runBlock(source: "x = = 1\n") == .failed(exceptionName: "SyntaxError"))
        #expect(
            recorder.events == [
                .error(
                    ErrorReport(
                        name: "SyntaxError", message: "invalid syntax",
                        frames: [ErrorFrame(fileName: "<stdin>", line: 1, function: "<module>", sourceLine: "x = = 1")],
                        traceback: "  File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"))
            ])
    }

    @Test func textSinkShowsEventsAsATerminalDoes() {
        var out = ""
        var err = ""
        let session = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 }))
        _ = session.runInteractive(source: "print('p')\n2 * 3\n1 / 0\n")
        #expect(out == "p\n6\n")
        #expect(
            err
                == "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\n    1 / 0\nZeroDivisionError: division by zero\n"
        )
    }

    @Test func flushReachesTheSink() {
        final class FlushCounter: SessionEventSink {
            var flushes = 0
            func receive(_ event: SessionEvent) {}
            func flush() { flushes += 1 }
        }
        let counter = FlushCounter()
        _ = Session(sink: counter).run(source: "print(1, flush=True)\nprint(2)\n", fileName: "x.py")
        #expect(counter.flushes == 1)
    }
}
