import Foundation
import Testing

@testable import TensorLanguage

/// SplitMix64: a small deterministic generator so fuzz failures reproduce.
struct SyntaxFuzzGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Characters that matter to the lexer and parser, weighted toward trouble.
private let alphabet = Array(
    "()[]{}:,;.'\"\\\n\t #=!<>*+-/%@&|^~0123456789abcxyfrbjeEx_ifelsedefforinnotlambda\u{0}é€\u{FEFF}"
)

private func mutated(_ source: String, using generator: inout SyntaxFuzzGenerator) -> String {
    var scalars = Array(source.unicodeScalars)
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0 where !scalars.isEmpty:
            let end = min(scalars.count, position + Int.random(in: 1...8, using: &generator))
            scalars.removeSubrange(position..<end)
        case 1:
            let inserted = (0..<Int.random(in: 1...6, using: &generator)).compactMap { _ in
                alphabet.randomElement(using: &generator)?.unicodeScalars.first
            }
            scalars.insert(contentsOf: inserted, at: position)
        case 2 where !scalars.isEmpty:
            let end = min(scalars.count, position + Int.random(in: 1...40, using: &generator))
            scalars.insert(
                contentsOf: scalars[position..<end],
                at: Int.random(in: 0...scalars.count, using: &generator))
        default:
            let bytes = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            scalars.insert(contentsOf: text.unicodeScalars, at: position)
        }
    }
    return String(String.UnicodeScalarView(scalars))
}

/// Parses in both modes; the point is that this returns at all, and renders.
private func exercise(_ source: String) {
    for outcome in [parse(source: source, fileName: "f.py"), parseInteractive(source: source)] {
        if case .error(let diagnostic) = outcome { _ = diagnostic.rendered }
    }
}

@Suite struct ParserRobustnessTests {
    static let seeds: [String] =
        GoldenScriptFiles.all().map(\.source) + [
            "x = f'{a!r:>{w}} {b=}'\n", "if x:\n\tif y:\n\t\tpass\n", "s = '''a\nb'''\n",
            "f(*a, **k, x=1)\n",
            "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\n",
            "a[1:2, ..., None] @= b ** -c\n",
        ]

    @Test func mutatedProgramsNeverCrash() {
        var generator = SyntaxFuzzGenerator(state: 0x5EED)
        // WICK_FUZZ_SECONDS lets a long run be made on demand; the suite does a quick one.
        let seconds = Double(ProcessInfo.processInfo.environment["WICK_FUZZ_SECONDS"] ?? "") ?? 0
        let deadline = Date().addingTimeInterval(seconds)
        var iterations = 0
        while iterations < 600 || Date() < deadline {
            guard let seed = Self.seeds.randomElement(using: &generator) else { return }
            exercise(mutated(seed, using: &generator))
            iterations += 1
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SyntaxFuzzGenerator(state: 0xB17E5)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            exercise(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Each of these nests as deep as the limits allow, or just past them.
    @Test(arguments: [
        String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199),
        String(repeating: "-", count: 1_990) + "1",
        String(repeating: "not ", count: 1_990) + "1",
        String(repeating: "2**", count: 1_990) + "1",
        String(repeating: "lambda: ", count: 499) + "1",
        String(repeating: "1 if 1 else ", count: 499) + "1",
        Array(repeating: "1", count: 50_000).joined(separator: "+"),
        String(repeating: "a.", count: 20_000) + "b",
        String(repeating: "f(", count: 199) + String(repeating: ")", count: 199),
        String(repeating: "a[", count: 199) + "1" + String(repeating: "]", count: 199),
        String(repeating: "{1:", count: 199) + "1" + String(repeating: "}", count: 199),
        String(repeating: "(lambda: not -a.b[", count: 199) + "1"
            + String(repeating: "])", count: 199),
        String(repeating: "[x for x in ", count: 199) + "y" + String(repeating: "]", count: 199),
        String(repeating: "f'{", count: 3) + "1" + String(repeating: "}'", count: 3),
    ])
    func deepNestingEndsInAResultNotACrash(expression: String) {
        switch parse(source: "x = " + expression + "\n", fileName: "deep.py") {
        case .complete, .incomplete:
            break
        case .error(let diagnostic):
            #expect(diagnostic.kind == .syntaxError)
        }
    }

    @Test func deepIndentationIsLimitedLikeCPython() {
        let nested =
            (0..<101).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
            + String(repeating: " ", count: 101) + "pass\n"
        guard case .error(let diagnostic) = parse(source: nested, fileName: "deep.py") else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.kind == .indentationError)
        #expect(diagnostic.message == "too many levels of indentation")
    }

    @Test func overlongChainsAreReportedNotRecursedInto() {
        let chain = Array(repeating: "1", count: 5_000).joined(separator: "+")
        guard
            case .error(let diagnostic) = parse(source: "x = " + chain + "\n", fileName: "deep.py")
        else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.message == "too many nested parentheses")
    }

    @Test func parsingWorksFromManyTasksAtOnce() async {
        await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let source =
                        String(repeating: "(", count: 150) + "\(index)"
                        + String(repeating: ")", count: 150) + "\n"
                    if case .complete = parse(source: source, fileName: "t.py") { return true }
                    return false
                }
            }
            for await succeeded in group { #expect(succeeded) }
        }
    }
}
