import TensorLanguage

/// Compares one cell's fresh outputs with what the notebook stored.
enum NotebookCheck {
    static func compare(stored: [StoredOutput], fresh: CellResult) -> (expected: String, got: String)? {
        var stdout = ""
        var result: String?
        var error: (String, String)?
        for output in stored {
            switch output {
            case .stream(let name, let text) where name == "stdout": stdout += text
            case .result(let text): result = text
            case .error(let name, let message): error = (name, message)
            case .stream, .other: break
            }
        }
        if let d = OutputComparison.difference(expected: stdout, got: fresh.stdout) {
            return (quote(d.expected), quote(d.got))
        }
        if let d = OutputComparison.difference(expected: result ?? "", got: fresh.result ?? "") {
            return ("result " + quote(d.expected), "result " + quote(d.got))
        }
        let expectedError = error.map { "\($0.0): \($0.1)" } ?? "no error"
        let gotError = fresh.error.map { "\($0.name): \($0.message)" } ?? "no error"
        if !OutputComparison.linesEqual(
            OutputComparison.normaliseAddresses(expectedError), OutputComparison.normaliseAddresses(gotError))
        {
            return (expectedError, gotError)
        }
        return nil
    }

    private static func quote(_ s: String) -> String { "'" + s + "'" }
}
