import Foundation
import Testing

@testable import Autograd

/// Replays every case of `rng_reference.json` (made with real PyTorch 2.15) and compares bit for bit.
struct RandomReferenceTests {
    /// One recorded value: floats as `float.hex` strings, integers as numbers.
    enum RecordedValue: Decodable, Sendable, Equatable {
        case float(Double)
        case int(Int64)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                guard let value = Double(text) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad float \(text)")
                }
                self = .float(value)
            } else {
                self = .int(try container.decode(Int64.self))
            }
        }
    }

    struct ReferenceCase: Decodable, Sendable, CustomTestStringConvertible {
        let seed: UInt64
        let call: String
        let dtype: String
        let shape: [Int]
        let values: [RecordedValue]

        var testDescription: String { "seed \(seed): \(call)" }
    }

    struct ReferenceFile: Decodable {
        let cases: [ReferenceCase]
    }

    static let fixtureURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rng_reference.json")

    static func loadCases() throws -> [ReferenceCase] {
        let data = try Data(contentsOf: fixtureURL)
        return try JSONDecoder().decode(ReferenceFile.self, from: data).cases
    }

    @Test func fixtureHasAllCases() throws {
        #expect(try Self.loadCases().count == 87)
    }

    @Test(arguments: try loadCases())
    func matchesPyTorch(_ reference: ReferenceCase) throws {
        let generator = Generator(seed: reference.seed)
        var last: [RecordedValue] = []
        for statement in reference.call.components(separatedBy: "; ") {
            let call = try #require(ReferenceCall.parse(statement), "cannot parse \(statement)")
            last = call.run(on: generator)
        }
        #expect(last.count == reference.values.count)
        #expect(last.count == reference.shape.reduce(1, *))
        for (index, (got, want)) in zip(last, reference.values).enumerated() {
            #expect(Self.sameBits(got, want), "element \(index): got \(got), want \(want)")
        }
    }

    static func sameBits(_ a: RecordedValue, _ b: RecordedValue) -> Bool {
        switch (a, b) {
        case let (.float(x), .float(y)): x.bitPattern == y.bitPattern
        case let (.int(x), .int(y)): x == y
        default: false
        }
    }
}

/// The handful of call forms that appear in the reference file, parsed just enough to replay them.
enum ReferenceCall {
    case rand(count: Int, float64: Bool)
    case randn(count: Int, float64: Bool)
    case randint(low: Int64, high: Int64, count: Int)
    case randperm(Int)
    case uniform(count: Int, from: Double, to: Double)
    case normal(count: Int, mean: Double, std: Double)

    /// Float32 results are widened to double exactly, as the fixture records them.
    func run(on generator: Generator) -> [RandomReferenceTests.RecordedValue] {
        switch self {
        case let .rand(n, true):
            generator.drawUniformDouble(n).map { .float($0) }
        case let .rand(n, false):
            generator.drawUniform(n).map { .float(Double($0)) }
        case let .randn(n, true):
            generator.drawNormalDouble(n).map { .float($0) }
        case let .randn(n, false):
            generator.drawNormal(n).map { .float(Double($0)) }
        case let .randint(low, high, n):
            generator.drawRandint(low, high, count: n).map { .int($0) }
        case let .randperm(n):
            generator.randperm(n).map { .int($0) }
        case let .uniform(n, from, to):
            generator.drawUniform(n, from: from, to: to).map { .float(Double($0)) }
        case let .normal(n, mean, std):
            generator.drawNormal(n, mean: mean, std: std).map { .float(Double($0)) }
        }
    }

    static func parse(_ text: String) -> ReferenceCall? {
        let source = text.trimmingCharacters(in: .whitespaces)
        guard source.hasPrefix("torch."), let open = source.firstIndex(of: "(") else {
            return nil
        }
        let name = String(source[source.index(source.startIndex, offsetBy: 6)..<open])
        if name == "empty" {
            return parseEmptyMethod(source)
        }
        guard let argumentText = outerArguments(source, from: open) else {
            return nil
        }
        var arguments = splitTopLevel(argumentText)
        let float64 = arguments.contains("dtype=torch.float64")
        arguments.removeAll { $0.hasPrefix("dtype=") }
        switch name {
        case "rand", "randn":
            guard let count = numel(arguments) else { return nil }
            return name == "rand" ? .rand(count: count, float64: float64) : .randn(count: count, float64: float64)
        case "rand_like", "randn_like":
            // Only `torch.ones(...)`, a contiguous float32 tensor, appears as the template.
            guard arguments.count == 1, arguments[0].hasPrefix("torch.ones("),
                let inner = outerArguments(arguments[0], from: arguments[0].firstIndex(of: "(") ?? arguments[0].endIndex),
                let count = numel(splitTopLevel(inner))
            else { return nil }
            return name == "rand_like" ? .rand(count: count, float64: float64) : .randn(count: count, float64: float64)
        case "randint":
            guard arguments.count == 3, let low = Int64(arguments[0]), let high = Int64(arguments[1]),
                let count = numel([arguments[2]])
            else { return nil }
            return .randint(low: low, high: high, count: count)
        case "randperm":
            guard arguments.count == 1, let n = Int(arguments[0]) else { return nil }
            return .randperm(n)
        default:
            return nil
        }
    }

    /// `torch.empty(n).uniform_(a, b)` or `torch.empty(n).normal_(m, s)`.
    private static func parseEmptyMethod(_ source: String) -> ReferenceCall? {
        guard let open = source.firstIndex(of: "("),
            let sizeText = outerArguments(source, from: open),
            let count = numel(splitTopLevel(sizeText)),
            let dot = source.range(of: ")."),
            let methodOpen = source[dot.upperBound...].firstIndex(of: "("),
            let argumentText = outerArguments(source, from: methodOpen)
        else { return nil }
        let method = source[dot.upperBound..<methodOpen]
        let numbers = splitTopLevel(argumentText).compactMap(Double.init)
        guard numbers.count == 2 else { return nil }
        switch method {
        case "uniform_": return .uniform(count: count, from: numbers[0], to: numbers[1])
        case "normal_": return .normal(count: count, mean: numbers[0], std: numbers[1])
        default: return nil
        }
    }

    /// Element count of a size given as `2, 3`, `(3, 4)`, `(20,)` or `()`.
    private static func numel(_ arguments: [String]) -> Int? {
        var dims: [Int] = []
        for argument in arguments {
            if argument.hasPrefix("(") {
                guard let inner = outerArguments(argument, from: argument.startIndex) else { return nil }
                for part in splitTopLevel(inner) {
                    guard let dim = Int(part) else { return nil }
                    dims.append(dim)
                }
            } else {
                guard let dim = Int(argument) else { return nil }
                dims.append(dim)
            }
        }
        return dims.reduce(1, *)
    }

    /// The text between the parenthesis at `open` and its matching close.
    private static func outerArguments(_ text: String, from open: String.Index) -> String? {
        guard open < text.endIndex, text[open] == "(" else { return nil }
        var depth = 0
        var index = open
        while index < text.endIndex {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 {
                    return String(text[text.index(after: open)..<index])
                }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Splits on commas outside parentheses, dropping empty pieces such as the one after `20,`.
    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(": depth += 1
            case ")": depth -= 1
            default: break
            }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
