import TensorLanguage

/// Runs a script in a fresh session and returns what it printed.
struct ScriptRunner {
    final class Buffer: @unchecked Sendable {
        var text = ""
    }

    static func run(_ source: String) -> (stdout: String, stderr: String, outcome: RunOutcome) {
        let out = Buffer()
        let err = Buffer()
        let session = Session(sink: TextSink(write: { out.text += $0 }, writeError: { err.text += $0 }))
        let outcome = session.run(source: "import torch\n" + source, fileName: "test.py")
        return (out.text, err.text, outcome)
    }
}
