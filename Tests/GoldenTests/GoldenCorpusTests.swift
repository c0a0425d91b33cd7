import Autograd
import Foundation
import Testing

@testable import TensorLanguage

/// One script of the golden corpus with the outputs real PyTorch produced.
struct GoldenCase: CustomStringConvertible, Sendable {
    let name: String
    let directory: URL
    var description: String { name }

    var tags: [String] {
        guard let source = try? String(contentsOf: directory.appendingPathComponent("\(name).py"), encoding: .utf8),
            let first = source.split(separator: "\n").first, first.hasPrefix("# tags:")
        else { return [] }
        return first.dropFirst("# tags:".count).split(separator: " ").map(String.init)
    }

    func read(_ ext: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent("\(name).\(ext)"), encoding: .utf8)
    }
}

enum GoldenCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")
    static let casesDirectory = root.appendingPathComponent("cases")

    /// Cases not yet in reach, one per line: `name  reason`.
    static let pending: [String: String] = {
        guard let text = try? String(contentsOf: root.appendingPathComponent("pending.txt"), encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard let name = parts.first else { continue }
            out[String(name)] = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
        }
        return out
    }()

    static let all: [GoldenCase] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.sorted().map {
            GoldenCase(name: String($0.dropLast(3)), directory: casesDirectory)
        }
    }()

    static var runnable: [GoldenCase] { all.filter { pending[$0.name] == nil } }

    /// Runs a script in a fresh session, as `wick NAME.py` would.
    static func run(_ c: GoldenCase) throws -> (stdout: String, stderr: String, failed: Bool) {
        let source = try #require(c.read("py"))
        var out = ""
        var err = ""
        let session = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 }))
        // The checker runs cases with no standard input: `input()` shows its prompt, then meets EOF.
        session.inputReader = { prompt in
            out += prompt
            return .endOfInput
        }
        let outcome = session.run(source: source, fileName: "\(c.name).py")
        switch outcome {
        case .failed: return (out, err, true)
        case .exited(let status): return (out, err, status != 0)
        case .completed, .incomplete: break
        }
        return (out, err, false)
    }
}

@Suite(.serialized)
struct GoldenCorpusTests {
    @Test func corpusIsPresentAndPendingListNamesRealCases() {
        #expect(GoldenCorpus.all.count >= 60)
        for name in GoldenCorpus.pending.keys {
            #expect(GoldenCorpus.all.contains { $0.name == name }, "pending.txt names unknown case \(name)")
        }
        print("golden corpus: \(GoldenCorpus.all.count) cases, \(GoldenCorpus.pending.count) pending")
    }

    @Test(arguments: GoldenCorpus.runnable)
    func caseMatchesPyTorch(_ c: GoldenCase) throws {
        let (stdout, stderr, failed) = try GoldenCorpus.run(c)
        let strict = c.tags.contains("seed") || c.tags.contains("print")
        let difference = GoldenComparison.firstDifference(expected: c.read("stdout") ?? "", got: stdout, strict: strict)
        #expect(difference == nil, "\(c.name): \(difference ?? "")\n--- stderr:\n\(stderr)")
        let normalisedErr = GoldenComparison.normaliseAddresses(stderr)
        for line in (c.read("stderr") ?? "").split(separator: "\n") where !line.isEmpty {
            let expected = GoldenComparison.normaliseAddresses(String(line).trimmingTrailingWhitespace())
            #expect(normalisedErr.contains(expected), "\(c.name): stderr lacks \(expected)")
        }
        let expectsFailure = c.read("exit") != nil
        #expect(failed == expectsFailure, "\(c.name): expected \(expectsFailure ? "an exception" : "success")\n\(stderr)")
    }
}
