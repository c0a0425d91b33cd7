import Testing

@testable import TensorLanguage

@Suite struct SessionCompletionTests {
    func session(_ source: String) -> Session {
        let session = Session(sink: TextSink(write: { _ in }, writeError: { _ in }))
        _ = session.run(source: source, fileName: "<test>")
        return session
    }

    @Test func privateNamesAreOfferedOnlyAfterAnUnderscore() {
        let s = session("shown = 1\n_hidden = 2\n")
        #expect(s.completions(for: "sho") == ["shown"])
        #expect(s.completions(for: "_hid") == ["_hidden"])
        #expect(!s.completions(for: "s").contains("_hidden"))
    }

    @Test func keywordArgumentsComeFromUserFunctionsAndHelpSignatures() {
        let s = session("import torch\ndef f(a, /, b, *, scale=1.0):\n    return a\n")
        #expect(s.keywordArguments(ofCallable: "f") == ["b", "scale"])
        #expect(s.keywordArguments(ofCallable: "torch.ones") == ["dtype", "requires_grad"])
        #expect(s.keywordArguments(ofCallable: "nothere") == [])
    }

    @Test func dictionaryKeysAreTheStringKeys() {
        let s = session("config = {'lr': 0.1, 'momentum': 0.9, 3: 'x'}\n")
        #expect(s.dictionaryKeys(of: "config") == ["lr", "momentum"])
    }

    @Test func aPastedBlockMayHoldBlankLinesInsideAFunction() {
        var output = ""
        let s = Session(sink: TextSink(write: { output += $0 }, writeError: { output += $0 }))
        #expect(s.runBlock(source: "def f(x):\n    y = x + 1\n\n    return y\nf(1)\nf(2)\n") == .completed)
        #expect(output == "2\n3\n")
        #expect(s.runBlock(source: "x = (1,\n") == .incomplete)
    }
}
