import Glibc

/// `smooth_l1_loss`, `huber_loss` and `kl_div`, computed as ATen computes them.
extension Loss {
    /// `F.smooth_l1_loss` (`SmoothL1LossBackward0`); `beta == 0` is `l1_loss`, as in PyTorch.
    public static func smoothL1(_ input: Tensor, _ target: Tensor, reduction: LossReduction, beta: Double) throws
        -> Tensor
    {
        guard beta >= 0 else { throw TorchError.runtime("smooth_l1_loss does not support negative values for beta.") }
        guard beta > 0 else { return try absoluteError(input, target, reduction: reduction) }
        return try RegressionLoss.run(input, target, RegressionLoss.Params(reduction: reduction, kind: .smoothL1(beta: beta)))
    }

    /// `F.huber_loss` (`HuberLossBackward0`).
    public static func huber(_ input: Tensor, _ target: Tensor, reduction: LossReduction, delta: Double) throws -> Tensor {
        guard delta > 0 else { throw TorchError.runtime("huber_loss does not support non-positive values for delta.") }
        return try RegressionLoss.run(input, target, RegressionLoss.Params(reduction: reduction, kind: .huber(delta: delta)))
    }

    /// `torch.kl_div(input, target, reduction, log_target)`: `target * (log(target) - input)`
    /// (`xlogy(target, target) - target * input`), or `exp(target) * (target - input)` for log targets.
    public static func klDivergence(_ input: Tensor, _ target: Tensor, reduction: LossReduction, logTarget: Bool) throws
        -> Tensor
    {
        let output: Tensor
        if logTarget {
            output = try target.exp() * (target - input)
        } else {
            output = try RegressionLoss.xlogy(target) - target * input
        }
        switch reduction {
        case .none: return output
        case .mean: return try output.mean()
        case .sum: return try output.sum()
        }
    }
}

extension Loss {
    /// The elementwise losses that PyTorch's Python weighs itself when given `weight=`.
    public enum WeightedKind {
        case squared, absolute
        case huber(delta: Double)
    }

    /// `F.mse_loss`/`l1_loss`/`huber_loss` with `weight`: the elementwise loss times `weight`;
    /// the mean divides by `weight.sum()` (by the count for `huber_loss`), as PyTorch's Python does.
    public static func weighted(
        _ input: Tensor, _ target: Tensor, weight: Tensor, kind: WeightedKind, reduction: String
    ) throws -> Tensor {
        let (x, t) = try broadcastPair(input, target)
        guard weight.shape == input.shape else {
            throw TorchError(.valueError, "Weights and input must have the same size.")
        }
        let elementwise: Tensor
        switch kind {
        case .squared: elementwise = try (x - t).pow(.int(2)) * weight
        case .absolute: elementwise = try (x - t).abs() * weight
        case .huber(let delta): elementwise = try huber(x, t, reduction: .none, delta: delta) * weight
        }
        switch reduction {
        case "none": return elementwise
        case "sum": return try elementwise.sum()
        case "mean":
            if case .huber = kind { return try elementwise.mean() }
            return try elementwise.sum() / weight.sum()
        default:
            throw TorchError(.valueError, "Invalid reduction mode: \(reduction). Expected one of 'none', 'mean', 'sum'.")
        }
    }
}

enum RegressionLoss {
    enum Kind {
        case smoothL1(beta: Double)
        case huber(delta: Double)
    }

    struct Params {
        let reduction: LossReduction
        let kind: Kind
    }

    static func run(_ input: Tensor, _ target: Tensor, _ p: Params) throws -> Tensor {
        let (x, t) = try Loss.broadcastPair(input, target)
        let loss = try ActivationKernels.pairwise(x, t) { a, b in
            let z = Swift.abs(a - b)
            switch p.kind {
            case .smoothL1(let beta): return z < beta ? 0.5 * z * z / beta : z - 0.5 * beta
            case .huber(let delta): return z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta)
            }
        }
        let result = try p.reduction.apply(loss)
        guard GraphRecorder.shouldRecord([x, t]) else { return result }
        row(p.kind).record(result, inputs: [x, t], saving: [x, t], params: p)
        return result
    }

    /// `d loss / d input` times `grad`: ATen's backward kernel, or the same formula in tensor ops
    /// when a graph of the gradient is wanted.
    static func gradient(_ grad: Tensor, _ x: Tensor, _ t: Tensor, _ p: Params) throws -> Tensor {
        let norm = p.reduction == .mean ? 1 / Double(x.numel) : 1
        let g = try grad.expand(x.shape)
        guard GradMode.isEnabled else {
            let d = try GradMode.with(false) { try x - t }
            let scaled = try ActivationKernels.pairwise(d, g) { d, g in
                switch p.kind {
                case .smoothL1(let beta): d <= -beta ? -norm * g : d >= beta ? norm * g : norm * d * g / beta
                case .huber(let delta): d <= -delta ? -norm * g * delta : d >= delta ? norm * g * delta : norm * d * g
                }
            }
            return scaled
        }
        let (low, high, divisor): (Double, Double, Double) =
            switch p.kind {
            case .smoothL1(let beta): (-1, 1, beta)
            case .huber(let delta): (-delta, delta, 1)
            }
        let slope = try ((x - t) / Tensor.wrapping(.float(divisor))).clamp(min: .float(low), max: .float(high))
        return try slope * g * Tensor.wrapping(.float(norm))
    }

    /// `xlogy(t, t)`: `t * log(t)`, 0 where `t == 0`, for a target that needs no gradient.
    static func xlogy(_ t: Tensor) throws -> Tensor {
        guard t.requiresGrad && GradMode.isEnabled else {
            return try t.dtype.dispatch(SelfLogarithm(t: t))
        }
        let zero = try Comparison.equal.compute(t, .wrapping(.int(0)))
        return try Tensor.where(zero, Tensor.wrapping(.int(0)), t * t.log())
    }

    /// ATen's scalar `xlogy` kernel in the element's own precision.
    private struct SelfLogarithm: FloatingVisitor {
        typealias Output = Tensor
        let t: Tensor

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            try Kernels.map(t, T.self, to: T.dtype) { x in x.isNaN ? x : x == 0 ? 0 : x * T.log(x) }
        }
        func nonFloating(_ dtype: DType) throws -> Tensor {
            try Tensor.from(
                t.checkedDoubles().map { .float($0 == 0 ? 0 : $0 * Glibc.log($0)) }, shape: t.shape, dtype: .defaultFloat)
        }
    }

    static let smoothL1 = piecewiseRow(
        "SmoothL1LossBackward0",
        PythonSignature(
            "smooth_l1_loss", "torch.nn.functional.smooth_l1_loss(input, target, reduction='mean', beta=1.0) -> Tensor",
            "0.5 * d^2 / beta where |d| < beta, else |d| - 0.5 * beta, d = input - target;\nbeta=0 is l1_loss.")
    ) { try Loss.smoothL1($0[0], $0[1], reduction: .mean, beta: 0.6) }

    static let huber = piecewiseRow(
        "HuberLossBackward0",
        PythonSignature(
            "huber_loss", "torch.nn.functional.huber_loss(input, target, reduction='mean', delta=1.0) -> Tensor",
            "0.5 * d^2 where |d| < delta, else delta * (|d| - 0.5 * delta), d = input - target.")
    ) { try Loss.huber($0[0], $0[1], reduction: .sum, delta: 0.7) }

    /// The rows of the two piecewise losses: both save input and target, share `derivatives`, and are
    /// checked on two `[2, 3]` inputs without second derivatives (the kink at `beta`/`delta`).
    private static func piecewiseRow(
        _ nodeName: String, _ python: PythonSignature, probe: @escaping @Sendable ([Tensor]) throws -> Tensor
    ) -> OpRow<Params> {
        OpRow(
            nodeName, python: python, saves: [.input, .target],
            probe: GradientProbe(shapes: [[2, 3], [2, 3]], smooth: false, apply: probe), derivative: derivatives)
    }

    private static func derivatives(_ grad: Tensor, _ saved: RowSaved, _ p: Params) throws -> [Tensor?] {
        let (x, t) = try (saved.input(), saved(.target))
        let gradX = try gradient(grad, x, t, p)
        return [saved.needsGrad(0) ? gradX : nil, saved.needsGrad(1) ? try gradX.negated() : nil]
    }

    static func row(_ kind: Kind) -> OpRow<Params> {
        switch kind {
        case .smoothL1: smoothL1
        case .huber: huber
        }
    }

    static let rows: [AnyOpRow] = [smoothL1, huber]
}
