import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct MagicsSupportTests {
    @Test(arguments: [(1.234e-6, "1.23 µs"), (4.5e-8, "45 ns"), (0.5, "500 ms"), (2.0, "2 s"), (0.0123, "12.3 ms"), (0, "0 ns")])
    func timesAreFormattedLikeIPython(_ seconds: Double, _ text: String) {
        #expect(TimeitReport.format(seconds: seconds) == text)
    }

    @Test func timeitLineHasIPythonsShape() {
        let line = TimeitReport.line(perLoop: [1e-6, 1e-6, 1e-6], loops: 100_000)
        #expect(line == "1 µs ± 0 ns per loop (mean ± std. dev. of 3 runs, 100,000 loops each)")
    }

    @Test func whoHidesStartupNamesAndResetForgetsUserOnes() {
        let session = Session(sink: DiscardingSink())
        _ = session.run(source: "import torch\n", fileName: "<startup>")
        session.hideCurrentNames()
        _ = session.run(source: "b = 1\na = torch.ones(1)\n", fileName: "<stdin>")
        #expect(session.userVariables() == ["a", "b"])
        session.resetUserVariables()
        #expect(session.userVariables().isEmpty)
        #expect(session.runCell("torch.ones(1)", fileName: "<cell>").result == "tensor([1.])")
    }

    @Test func timingRunsTheStatementAndReportsErrors() {
        let session = Session(sink: DiscardingSink())
        _ = session.run(source: "n = 0\n", fileName: "<stdin>")
        guard case .success = session.time("n += 1", loops: 10) else {
            Issue.record("timing failed")
            return
        }
        #expect(session.runCell("n", fileName: "<cell>").result == "10")
        guard case .failure(let error) = session.time("undefined_name", loops: 3) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.message.contains("NameError: name 'undefined_name' is not defined"))
    }

    @Test func helpPrintsSignatureAndDoc() {
        let r = run("import torch\nhelp(torch.ones)\nhelp(torch.ones(1).sum)")
        #expect(r.stdout.hasPrefix("torch.ones(*size, dtype=None, requires_grad=False) -> Tensor\n\n    A tensor"))
        #expect(r.stdout.contains("Tensor.sum(dim=None, keepdim=False, dtype=None) -> Tensor"))
    }
}
