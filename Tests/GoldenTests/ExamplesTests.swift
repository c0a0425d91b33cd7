import Foundation
import Testing

@testable import TensorLanguage

/// The tutorial scripts in `Examples/` print what PyTorch printed for them (`NAME.stdout`).
@Suite(.serialized)
struct ExamplesTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    static let scripts: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".py") && files.contains(String($0.dropLast(3)) + ".stdout") }.sorted()
    }()

    @Test func tutorialExampleIsPresent() {
        #expect(Self.scripts.contains("autograd-tutorial.py"))
    }

    @Test(arguments: scripts)
    func exampleMatchesPyTorchOutput(_ script: String) throws {
        let source = try String(contentsOf: Self.directory.appendingPathComponent(script), encoding: .utf8)
        let expected = try String(
            contentsOf: Self.directory.appendingPathComponent(String(script.dropLast(3)) + ".stdout"), encoding: .utf8)
        var out = ""
        var err = ""
        let outcome = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 })).run(
            source: source, fileName: script)
        #expect(outcome == .completed, "\(err)")
        let difference = GoldenComparison.firstDifference(expected: expected, got: out, strict: true)
        #expect(difference == nil, "\(script): \(difference ?? "")")
    }
}
