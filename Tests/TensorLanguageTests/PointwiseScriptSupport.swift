import Testing

@testable import TensorLanguage

/// Runs a script in a fresh session and collects what it printed.
enum PointwiseScript {
    static func run(_ source: String) -> (stdout: String, stderr: String) {
        var out = ""
        var err = ""
        let session = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 }))
        _ = session.run(source: source, fileName: "test.py")
        return (out, err)
    }
}
