import Autograd
import Foundation
import Testing

@testable import TensorLanguage

/// Replays every input in `Tests/Fixtures/fuzz-regressions/` the way `WickFuzz` runs it: a fresh
/// session, a 256 MiB tensor budget, a 20,000-statement limit and Ctrl-C after 2 seconds. Each
/// input once crashed, hung or exhausted memory; now it must finish promptly, print the last line
/// in `NAME.expect` when there is one, and leave the session usable.
@Suite(.serialized)
struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    /// The inputs' file names (`.py`), sorted.
    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted()
    }()

    @Test func regressionInputsArePresent() {
        #expect(Self.inputs.count >= 8)
    }

    @Test(arguments: inputs)
    func inputRunsToAnEndAndTheSessionSurvives(_ name: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let saved = MemoryBudget.limit
        defer { MemoryBudget.limit = saved }
        MemoryBudget.limit = 256 << 20
        let output = HostileInputTests.Output()
        let session = Session(sink: TextSink(write: { output.text += $0 }, writeError: { output.text += $0 }))
        session.stepLimit = 20_000
        let started = Date()
        let watchdog = Watchdog(after: 2)
        let source = String(decoding: data, as: UTF8.self)
        if source.hasPrefix(">") {
            // As WickFuzz: `>` first makes the rest one prompt entry.
            _ = session.runInteractive(source: String(source.dropFirst()))
        } else {
            _ = session.run(source: source, fileName: name)
        }
        watchdog.stop()
        #expect(Date().timeIntervalSince(started) < 10)
        let expectation = Self.directory.appendingPathComponent(String(name.dropLast(3)) + ".expect")
        if let expected = try? String(contentsOf: expectation, encoding: .utf8) {
            #expect(output.lastLine == expected.trimmingCharacters(in: .newlines))
        }
        session.stepLimit = nil
        HostileInputTests.expectSurvives(session, output)
    }
}

/// Presses Ctrl-C (`Interruption.request()`) once, `seconds` from now, unless stopped first.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    init(after seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.withLock { if !stopped { Interruption.request() } }
        }
    }

    /// Cancels the press and forgets one that already happened.
    func stop() {
        lock.withLock { stopped = true }
        Interruption.clear()
    }
}
