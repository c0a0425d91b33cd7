import Foundation
import Testing

@testable import Autograd

/// One differentiable operation exercised by the gradient checks.
struct GradientCase: CustomStringConvertible, Sendable {
    let name: String
    /// Shapes of the float64 inputs that need gradients.
    let shapes: [[Int]]
    /// Inputs are drawn from (low, high); keep away from kinks and poles.
    var low = -1.5
    var high = 1.5
    /// Whether second derivatives are checked too.
    var smooth = true
    /// Step and tolerance of the central differences (looser for float32 round trips).
    var step = 1e-6
    var tolerance = 1e-5
    let apply: @Sendable ([Tensor]) throws -> Tensor

    var description: String { name }
}

/// Every differentiable op, with inputs that exercise broadcasting where it applies.
/// Adding an op means adding its case here; `everyNodeNameInSourcesIsChecked` enforces it.
enum GradientCases {
    static let all: [GradientCase] = binary + rows + others + linalg + pointwise + shapes + tensorAPI

    /// The ops declared as rows (the unary pointwise table included) bring their own domain (`GradientProbe`).
    static let rows: [GradientCase] = Tensor.opDeclarations.compactMap { row in
        row.probe.flatMap { probe in
            guard !probe.refusesBackward else { return nil }
            return
                GradientCase(
                    name: row.nodeName, shapes: probe.shapes, low: probe.low, high: probe.high, smooth: probe.smooth,
                    step: probe.step, tolerance: probe.tolerance, apply: probe.apply)
        }
    }

    static let binary: [GradientCase] = BinaryOp.all.flatMap { op in
        let positive = op.pythonName == "div"
        return [
            GradientCase(name: "\(op.pythonName) same shape", shapes: [[2, 3], [2, 3]], low: positive ? 0.5 : -1.5, high: 1.5) {
                try op($0[0], $0[1])
            },
            GradientCase(name: "\(op.pythonName) broadcast", shapes: [[2, 3], [3]], low: positive ? 0.5 : -1.5, high: 1.5) {
                try op($0[0], $0[1])
            },
            GradientCase(name: "\(op.pythonName) with scalar", shapes: [[2, 2]], low: 0.5, high: 1.5) {
                try op($0[0], Tensor.wrapping(.float(1.75)))
            },
        ]
    }

    static let others: [GradientCase] = [
        GradientCase(name: "pow 3", shapes: [[4]]) { try $0[0].pow(.int(3)) },
        GradientCase(name: "expand", shapes: [[3, 1]]) { try $0[0].expand([3, 4]) },
        GradientCase(name: "view", shapes: [[2, 3]]) { try $0[0].view([3, 2]) },
        GradientCase(name: "reshape copy", shapes: [[2, 3]]) { try $0[0].expand([4, 2, 3]).reshape([8, 3]) },
        GradientCase(name: "unsqueeze", shapes: [[2, 3]]) { try $0[0].unsqueeze(1) },
        GradientCase(name: "squeeze", shapes: [[2, 1]]) { try $0[0].squeeze(1) },
        GradientCase(name: "clone", shapes: [[3]]) { try $0[0].clone() },
        GradientCase(name: "to float32", shapes: [[3]], smooth: false, step: 1e-2, tolerance: 1e-3) {
            try $0[0].to(.float32).to(.float64)
        },
        GradientCase(name: "select", shapes: [[3, 2]], smooth: false) { try $0[0].select(0, 1) },
        GradientCase(name: "slice", shapes: [[5, 2]], smooth: false) { try $0[0].slice(0, start: 1, stop: 5, step: 2) },
    ]
}

/// Compares analytic gradients with central differences, in float64.
@Suite(.serialized)
struct GradientCheckTests {
    static func inputs(for gradientCase: GradientCase) throws -> [Tensor] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return try gradientCase.shapes.map { shape in
            let count = shape.reduce(1, *)
            let values: [Scalar] = (0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let unit = Double(state >> 11) / Double(1 << 53)
                return .float(gradientCase.low + (gradientCase.high - gradientCase.low) * unit)
            }
            return try Tensor.from(values, shape: shape, dtype: .float64, requiresGrad: true)
        }
    }

    /// Weights that turn the output into a scalar, so every output element matters differently.
    static func weights(like output: Tensor) throws -> Tensor {
        let values: [Scalar] = (0..<output.numel).map { .float(0.5 + 0.25 * Double($0 % 5)) }
        return try Tensor.from(values, shape: output.shape, dtype: output.dtype)
    }

    static func objective(_ gradientCase: GradientCase, _ inputs: [Tensor]) throws -> Double {
        let output = try GradMode.with(false) { try gradientCase.apply(inputs) }
        let w = try weights(like: output)
        return try GradMode.with(false) { try (output.to(.float64) * w.to(.float64)).sum().item().doubleValue }
    }

    @Test(arguments: GradientCases.all)
    func analyticGradientMatchesCentralDifferences(_ gradientCase: GradientCase) throws {
        let inputs = try Self.inputs(for: gradientCase)
        let output = try gradientCase.apply(inputs)
        let loss = try (output.to(.float64) * Self.weights(like: output).to(.float64)).sum()
        let analytic = try Autograd.grad(outputs: [loss], inputs: inputs)
        let eps = gradientCase.step
        for (k, input) in inputs.enumerated() {
            let g = try #require(analytic[k])
            let base = input.doubles
            for i in 0..<input.numel {
                func shifted(_ delta: Double) throws -> Double {
                    var values = base
                    values[i] += delta
                    var moved = inputs
                    moved[k] = try Tensor.from(values.map { .float($0) }, shape: input.shape, dtype: .float64)
                    return try Self.objective(gradientCase, moved)
                }
                let numeric = (try shifted(eps) - shifted(-eps)) / (2 * eps)
                let value = g.doubles[i]
                #expect(
                    abs(value - numeric) <= gradientCase.tolerance * max(1, abs(numeric)),
                    "\(gradientCase.name): input \(k) element \(i): analytic \(value) vs numeric \(numeric)")
            }
        }
    }

    @Test(arguments: GradientCases.all.filter(\.smooth))
    func secondDerivativeMatchesCentralDifferences(_ gradientCase: GradientCase) throws {
        let inputs = try Self.inputs(for: gradientCase)
        func gradientSum(_ xs: [Tensor], createGraph: Bool) throws -> (Tensor, [Tensor?]) {
            let output = try gradientCase.apply(xs)
            let loss = try (output * Self.weights(like: output)).sum()
            let grads = try Autograd.grad(outputs: [loss], inputs: xs, createGraph: createGraph, allowUnused: true)
            var total = try Tensor.zeros([], dtype: .float64)
            for g in grads.compactMap({ $0 }) { total = try total + (g * g).sum() }
            return (total, grads)
        }
        let (total, _) = try gradientSum(inputs, createGraph: true)
        guard total.requiresGrad else { return }
        let second = try Autograd.grad(outputs: [total], inputs: inputs, allowUnused: true)
        let eps = 1e-5
        for (k, input) in inputs.enumerated() {
            let base = input.doubles
            for i in 0..<input.numel {
                func shifted(_ delta: Double) throws -> Double {
                    var values = base
                    values[i] += delta
                    var moved = inputs
                    moved[k] = try Tensor.from(values.map { .float($0) }, shape: input.shape, dtype: .float64, requiresGrad: true)
                    return try gradientSum(moved, createGraph: false).0.item().doubleValue
                }
                let numeric = (try shifted(eps) - shifted(-eps)) / (2 * eps)
                let value = second[k]?.doubles[i] ?? 0
                #expect(
                    abs(value - numeric) <= 1e-4 * max(1, abs(numeric)),
                    "\(gradientCase.name) second derivative: input \(k) element \(i): \(value) vs \(numeric)")
            }
        }
    }

    @Test func everyOpRowHasAGradientProbe() {
        let missing = Tensor.opDeclarations.filter { $0.probe == nil }.map(\.nodeName)
        #expect(missing.isEmpty, "op rows without a gradient probe: \(missing)")
    }

    @Test func everyOpRowProducesItsNode() throws {
        for row in Tensor.opDeclarations {
            let probe = try #require(row.probe)
            let gradientCase = GradientCase(
                name: row.nodeName, shapes: probe.shapes, low: probe.low, high: probe.high, apply: probe.apply)
            let output = try probe.apply(try Self.inputs(for: gradientCase))
            var stack = output.gradFn.map { [$0] } ?? []
            var names = Set<String>()
            while let node = stack.popLast(), names.count < 1000 {
                names.insert(node.typeName)
                stack += node.nextFunctions.compactMap(\.node)
            }
            #expect(names.contains(row.nodeName), "\(row.nodeName): its probe records \(names.sorted())")
        }
    }

    /// Every node name written in the engine's sources must be produced by some gradient case.
    @Test func everyNodeNameInSourcesIsChecked() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Autograd")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var declared = Set<String>()
        let pattern = try NSRegularExpression(pattern: "\"([A-Z][A-Za-z]*Backward[0-9])\"")
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { declared.insert(String(text[r])) }
            }
        }
        var produced = Set<String>()
        for gradientCase in GradientCases.all {
            let output = try gradientCase.apply(try Self.inputs(for: gradientCase))
            var stack = output.gradFn.map { [$0] } ?? []
            var seen = Set<ObjectIdentifier>()
            while let node = stack.popLast() {
                guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
                produced.insert(node.typeName)
                stack += node.nextFunctions.compactMap(\.node)
            }
        }
        let missing = declared.subtracting(produced).sorted()
        #expect(missing.isEmpty, "node names without a gradient check: \(missing)")
    }
}
