import Foundation
import Testing

@testable import TensorLanguage

/// The golden corpus lives in `Tests/Fixtures/golden/cases`, beside this test target.
enum GoldenScriptFiles {
    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/cases")
    }

    /// Every `*.py` script, sorted by name, with its text.
    static func all() -> [(name: String, source: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted().compactMap { name in
            guard
                let data = FileManager.default.contents(
                    atPath: directory.appendingPathComponent(name).path)
            else { return nil }
            return (name, String(decoding: data, as: UTF8.self))
        }
    }
}

@Suite struct GoldenScriptParseTests {
    @Test func everyGoldenScriptParses() {
        let scripts = GoldenScriptFiles.all()
        #expect(scripts.count >= 60, "golden scripts missing from \(GoldenScriptFiles.directory.path)")
        for script in scripts {
            switch parse(source: script.source, fileName: script.name) {
            case .complete(let module):
                #expect(!module.body.isEmpty, "\(script.name) has no statements")
                #expect(
                    module.sourceLines.count == script.source.split(
                        separator: "\n", omittingEmptySubsequences: false
                    ).count - 1)
            case .incomplete:
                Issue.record("\(script.name): incomplete")
            case .error(let diagnostic):
                Issue.record("\(script.name): \(diagnostic.rendered)")
            }
        }
    }

    @Test func everyGoldenScriptIsCompleteInteractivelyOnceAnEmptyLineFollows() {
        for script in GoldenScriptFiles.all() {
            guard
                case .complete = parseInteractive(
                    source: script.source + "\n", fileName: script.name)
            else {
                Issue.record("\(script.name) is not complete interactively")
                continue
            }
        }
    }
}
