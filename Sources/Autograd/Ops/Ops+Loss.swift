/// How a loss reduces its per-element values (`reduction='mean'`, `'sum'`, `'none'`).
public enum LossReduction: String, Sendable {
    case none, mean, sum

    /// PyTorch's `apply_loss_reduction`: `loss.mean()`, `loss.sum()` or the loss itself, without a graph.
    func apply(_ loss: Tensor) throws -> Tensor {
        try GradMode.with(false) {
            switch self {
            case .none: loss
            case .mean: try loss.mean()
            case .sum: try loss.sum()
            }
        }
    }
}

/// A loss's reduction with its constant weights (`weight`, `pos_weight`), which get no gradient.
struct WeightedLoss {
    let reduction: LossReduction
    var weight: Tensor? = nil
    var posWeight: Tensor? = nil

    /// `weight.expand(_infer_size(target.size(), weight.size()))`, with `_infer_size`'s error.
    static func broadcastWeight(_ weight: Tensor, to shape: [Int]) throws -> Tensor {
        let (a, b) = (shape, weight.shape)
        let rank = Swift.max(a.count, b.count)
        for i in 0..<rank {
            let x = i < a.count ? a[a.count - 1 - i] : 1
            let y = i < b.count ? b[b.count - 1 - i] : 1
            guard x == y || x == 1 || y == 1 else {
                throw TorchError.runtime(
                    "Attempting to broadcast a dimension of length \(y) at -\(i + 1)! Mismatching argument at index 1 had torch.Size(\(ShapeText.bracketed(b))); but expected shape should be broadcastable to \(ShapeText.bracketed(a))"
                )
            }
        }
        return try weight.expand(try Broadcast.shape(a, b))
    }
}

/// The loss functions of `torch.nn.functional`, computed as ATen computes them.
public enum Loss {
    /// `F.mse_loss` (`MseLossBackward0`); operands of different shapes broadcast, with PyTorch's warning.
    public static func meanSquaredError(_ input: Tensor, _ target: Tensor, reduction: LossReduction) throws -> Tensor {
        let (x, t) = try broadcastPair(input, target)
        let dtype = TypePromotion.resultType([x, t])
        guard dtype.isFloatingPoint else { throw TorchError.notImplemented("mse_cpu", dtype) }
        let result = try reduction.apply(Pointwise.floating(x, t, SquaredDifference.self))
        guard GraphRecorder.shouldRecord([x, t]) else { return result }
        mseLoss.record(result, inputs: [x, t], saving: [x, t], params: reduction)
        return result
    }

    /// `F.l1_loss`: PyTorch composes it from `sub`, `abs` and the reduction.
    public static func absoluteError(_ input: Tensor, _ target: Tensor, reduction: LossReduction) throws -> Tensor {
        let (x, t) = try broadcastPair(input, target)
        let loss = try (x - t).abs()
        switch reduction {
        case .none: return loss
        case .mean: return try loss.mean()
        case .sum: return try loss.sum()
        }
    }

    /// `F.binary_cross_entropy` (`BinaryCrossEntropyBackward0`); log terms are clamped at -100.
    public static func binaryCrossEntropy(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, weight: Tensor? = nil
    ) throws -> Tensor {
        guard input.shape == target.shape else {
            throw TorchError(
                .valueError,
                "Using a target size (\(sizeText(target.shape))) that is different to the input size (\(sizeText(input.shape))) is deprecated. Please ensure they have the same size."
            )
        }
        for (name, t) in [("input", input), ("target", target)]
        where try t.checkedDoubles().contains(where: { !($0 >= 0 && $0 <= 1) }) {
            throw TorchError.runtime("all elements of \(name) should be between 0 and 1")
        }
        let w = try weight.map { try WeightedLoss.broadcastWeight($0, to: target.shape) }
        var loss = try Pointwise.floating(input, target, BinaryCrossEntropyTerm.self)
        if let w { loss = try GradMode.with(false) { try loss * w } }
        let result = try reduction.apply(loss)
        guard GraphRecorder.shouldRecord([input, target]) else { return result }
        bceLoss.record(
            result, inputs: [input, target], saving: [input, target], params: WeightedLoss(reduction: reduction, weight: w))
        return result
    }

    /// `F.binary_cross_entropy_with_logits` (`BinaryCrossEntropyWithLogitsBackward0`):
    /// `(1 - target) * input - log_sigmoid(input)`.
    public static func binaryCrossEntropyWithLogits(
        _ input: Tensor, _ target: Tensor, reduction: LossReduction, weight: Tensor? = nil, posWeight: Tensor? = nil
    ) throws -> Tensor {
        guard input.shape == target.shape else {
            throw TorchError(
                .valueError, "Target size (\(sizeText(target.shape))) must be the same as input size (\(sizeText(input.shape)))")
        }
        var loss: Tensor
        if let posWeight {
            loss = try GradMode.with(false) {
                let logWeight = try (posWeight - Tensor.wrapping(.int(1))) * target + Tensor.wrapping(.int(1))
                let logSigmoid = try input.activation(.logSigmoid) * logWeight
                return try (Tensor.wrapping(.int(1)) - target) * input - logSigmoid
            }
        } else {
            loss = try Pointwise.floating(input, target, LogitCrossEntropyTerm.self)
        }
        if let weight { loss = try GradMode.with(false) { try loss * weight } }
        let result = try reduction.apply(loss)
        guard GraphRecorder.shouldRecord([input, target]) else { return result }
        bceWithLogitsLoss.record(
            result, inputs: [input, target], saving: [input, target],
            params: WeightedLoss(reduction: reduction, weight: weight, posWeight: posWeight))
        return result
    }

    /// `torch.broadcast_tensors` as `F.mse_loss` and `F.l1_loss` use it, warning when shapes differ.
    static func broadcastPair(_ input: Tensor, _ target: Tensor) throws -> (Tensor, Tensor) {
        guard input.shape != target.shape else { return (input, target) }
        Diagnostics.warn(
            "UserWarning",
            "Using a target size (\(sizeText(target.shape))) that is different to the input size (\(sizeText(input.shape))). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size."
        )
        let shape = try Broadcast.shape(input.shape, target.shape)
        return (try input.expand(shape), try target.expand(shape))
    }

    static func sizeText(_ shape: [Int]) -> String {
        "torch.Size(\(ShapeText.bracketed(shape)))"
    }
}

enum SquaredDifference: BinaryFormula {
    static func apply<T: FloatElement>(_ a: T, _ b: T) -> T {
        let d = a - b
        return d * d
    }
}

enum BinaryCrossEntropyTerm: BinaryFormula {
    static func apply<T: FloatElement>(_ x: T, _ y: T) -> T {
        let logOneMinus = T.log1p(-x)
        let logX = T.log(x)
        return (y - 1) * (logOneMinus < -100 ? -100 : logOneMinus) - y * (logX < -100 ? -100 : logX)
    }
}

/// `(1 - y) * x - log_sigmoid(x)`; ATen's `log_sigmoid` runs every float in vector registers.
enum LogitCrossEntropyTerm: BinaryFormula {
    static func apply<T: FloatElement>(_ x: T, _ y: T) -> T {
        let logSigmoid = Swift.min(x, 0) - VectorMath.log1p(VectorMath.exp(-Swift.abs(x)))
        return (1 - y) * x - logSigmoid
    }
}

extension Tensor {
    /// `self / number` as ATen's derivative formulas write it (`DivBackward1`).
    func divided(by number: Scalar) throws -> Tensor {
        let result = try Arithmetic.div.compute(self, .wrapping(number))
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Loss.divByNumber.record(result, inputs: [self], params: (number, dtype))
        return result
    }
}

extension Loss {
    /// `div.Scalar` inside derivative formulas; `Params`: the number and the input's dtype.
    static let divByNumber = OpRow<(number: Scalar, dtype: DType)>(
        "DivBackward1", python: nil,
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].divided(by: .int(3)) }
    ) { grad, _, p in [try grad.divided(by: p.number).reduced(toShape: grad.shape, dtype: p.dtype)] }
}
