import Foundation
import Testing

/// The seed tutorial notebook as one golden case (`seed_13_whole_notebook`), with real PyTorch output.
enum SeedNotebook {
    /// `Tests/Fixtures/golden/cases`, found from this file's location.
    static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/cases")

    static var scriptPath: String {
        casesDirectory.appendingPathComponent("seed_13_whole_notebook.py").path
    }

    /// The script: every cell of the notebook in order, seeded once at the top.
    static func source() throws -> String {
        try WickBinary.contents(scriptPath)
    }

    /// What PyTorch printed to standard output for the script.
    static func output() throws -> String {
        try WickBinary.contents(casesDirectory.appendingPathComponent("seed_13_whole_notebook.stdout").path)
    }

    /// The lines a person types to enter `source` at the prompt.
    ///
    /// Comments and blank lines are left out, and an empty line is added after
    /// each indented block, which is what ends a block at the prompt.
    static func typedLines(of source: String) -> [String] {
        var typed: [String] = []
        var inBlock = false
        for line in source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let text = line.drop { $0 == " " }
            if text.isEmpty || text.hasPrefix("#") { continue }
            let indented = text.count < line.count
            if inBlock && !indented { typed.append("") }
            typed.append(line)
            inBlock = indented || line.hasSuffix(":")
        }
        if inBlock { typed.append("") }
        return typed
    }

    /// Replaces object addresses (`0x7f9d23d5cb80`), which differ from run to run, with `0x…`.
    static func normalisingAddresses(_ text: String) -> String {
        text.replacing(/0x[0-9a-f]+/, with: "0x…")
    }
}
