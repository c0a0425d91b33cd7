#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `floor`, `ceil`, `trunc`, `round` and `frac`: integer inputs come back unchanged (a copy) and
/// the gradient is zero, except `frac`'s, which passes the gradient through.
extension UnaryOp {
    static let floor = rounding(
        "floor", "FloorBackward0", .down, "the largest integer not above each element (ints unchanged); gradient 0")
    static let ceil = rounding(
        "ceil", "CeilBackward0", .up, "the smallest integer not below each element (ints unchanged); gradient 0")
    static let trunc = rounding(
        "trunc", "TruncBackward0", .towardZero, "each element rounded toward zero (ints unchanged); gradient 0")
    /// Halves to even, as C's `nearbyint`. Its help is the `round` rows' (`Pointwise.roundPlain`), which
    /// also cover `decimals`.
    static let round = rounding("round", "RoundBackward0", .toNearestOrEven, nil)

    static let frac = UnaryOp(
        pythonName: "frac", nodeName: "FracBackward0", summary: "x - trunc(x), the fractional part of each element",
        forward: { try $0.dtype.dispatch(Rounding(a: $0, rule: .towardZero, keepsFraction: true)) }, saves: .nothing,
        derivative: { grad, _ in grad })

    private static func rounding(
        _ name: String, _ node: String, _ rule: FloatingPointRoundingRule, _ summary: String?
    ) -> UnaryOp {
        UnaryOp(
            pythonName: name, nodeName: node, summary: summary,
            forward: { try $0.dtype.dispatch(Rounding(a: $0, rule: rule, keepsFraction: false)) }, saves: .nothing,
            derivative: { grad, _ in try Tensor(zeros: grad.shape, dtype: grad.dtype) })
    }

    /// The functions of this file, for `UnaryOp.all`.
    static let rounding: [UnaryOp] = [.floor, .ceil, .trunc, .round, .frac]
}

/// `x` rounded by `rule`, or (for `frac`) `x - trunc(x)`.
private struct Rounding: DTypeVisitor {
    typealias Output = Tensor
    let a: Tensor
    let rule: FloatingPointRoundingRule
    let keepsFraction: Bool

    func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
        let (rule, keepsFraction) = (rule, keepsFraction)
        return try Kernels.map(a, T.self, to: T.dtype) { keepsFraction ? $0 - $0.rounded(rule) : $0.rounded(rule) }
    }
    func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
        if keepsFraction { throw TorchError.notImplemented("frac_cpu", a.dtype) }
        return try Kernels.map(a, T.self, to: T.dtype) { $0 }
    }
    func boolean() throws -> Tensor {
        throw TorchError.notImplemented(keepsFraction ? "frac_cpu" : "\(ruleName)_cpu", .bool)
    }
    private var ruleName: String {
        switch rule {
        case .down: "floor"
        case .up: "ceil"
        case .towardZero: "trunc"
        default: "round"
        }
    }
}

/// `round(decimals=d)`: `nearbyint(x * 10^d) / 10^d` in the tensor's own precision, as ATen computes it.
extension Pointwise {
    static let roundSignature = PythonSignature(
        "round", "Tensor.round(decimals=0) -> Tensor",
        "Each element rounded to the nearest integer (halves to even), or to decimals digits after the point.")

    /// Help's view of plain `round` (the node is `UnaryOp.round`'s).
    static let roundPlain = OpRow<Void>(
        "RoundBackward0", python: roundSignature, overload: "decimals=0",
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].rounded(decimals: 0) }
    ) { grad, _, _ in [try Tensor(zeros: grad.shape, dtype: grad.dtype)] }

    static let roundDecimals = OpRow<Int>(
        "RoundBackward1", python: roundSignature, overload: "decimals",
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].rounded(decimals: 2) }
    ) { grad, _, _ in [try Tensor(zeros: grad.shape, dtype: grad.dtype)] }

    fileprivate struct RoundDecimals: FloatingVisitor {
        typealias Output = Tensor
        let a: Tensor
        let decimals: Int

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            let scale = T(Glibc.pow(10, Double(decimals.magnitude)))
            let negative = decimals < 0
            return try Kernels.map(a, T.self, to: T.dtype) { x in
                negative ? (x / scale).rounded(.toNearestOrEven) * scale : (x * scale).rounded(.toNearestOrEven) / scale
            }
        }
        func nonFloating(_ dtype: DType) throws -> Tensor {
            throw TorchError.notImplemented("round_cpu", a.dtype)
        }
    }
}

extension Tensor {
    /// `round(decimals:)`; 0 decimals is plain `round` (`RoundBackward0`).
    public func rounded(decimals: Int) throws -> Tensor {
        if decimals == 0 { return try UnaryOp.round(self) }
        let result = try dtype.dispatch(Pointwise.RoundDecimals(a: self, decimals: decimals))
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Pointwise.roundDecimals.record(result, inputs: [self], params: decimals)
        return result
    }
}
