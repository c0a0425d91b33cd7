import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct SessionCellTests {
    @Test func cellReturnsFinalExpressionInsteadOfPrintingIt() {
        let session = Session(write: { _ in Issue.record("cell output leaked") }, writeError: { _ in })
        let first = session.runCell("import torch\nx = torch.ones(2)\nprint('hi')\nx * 3", fileName: "<cell>")
        #expect(first.outcome == .completed)
        #expect(first.stdout == "hi\n")
        #expect(first.result == "tensor([3., 3.])")
        let second = session.runCell("x + 1\ny = 2", fileName: "<cell>")
        #expect(second.result == nil)
    }

    @Test func cellsShareOneNamespaceAndReportErrors() {
        let session = Session(write: { _ in }, writeError: { _ in })
        _ = session.runCell("a = 41", fileName: "<cell>")
        let ok = session.runCell("a + 1", fileName: "<cell>")
        #expect(ok.result == "42")
        let failed = session.runCell("b", fileName: "<cell>")
        #expect(failed.outcome == .failed(exceptionName: "NameError"))
        #expect(failed.errorName == "NameError")
        #expect(failed.errorMessage == "name 'b' is not defined")
        #expect(failed.stderr.contains("Traceback (most recent call last):"))
    }

    @Test func teePassesOutputOn() {
        var passed = ""
        let session = Session(write: { passed += $0 }, writeError: { _ in })
        let r = session.runCell("print(1)", fileName: "<cell>", tee: true)
        #expect(r.stdout == "1\n" && passed == "1\n")
    }
}
