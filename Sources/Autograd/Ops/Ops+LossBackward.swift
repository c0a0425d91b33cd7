/// The derivatives of the losses. Those PyTorch implements as ops of their own record their
/// `…BackwardBackward0` node, so gradients taken with `create_graph=True` can be differentiated again.
enum LossGradient {
    /// `mse_loss_backward(grad, input, target)`: `norm * (input - target) * grad`, `norm = 2 / n` for a mean.
    static func meanSquaredError(_ grad: Tensor, _ input: Tensor, _ target: Tensor, _ reduction: LossReduction) throws -> Tensor {
        let norm = reduction == .mean ? 2 / Double(input.numel) : 2
        let result = try GradMode.with(false) { try Tensor.wrapping(.float(norm)) * (input - target) * grad }
        guard GraphRecorder.shouldRecord([grad, input, target]) else { return result }
        mseLossBackward.record(
            result, inputs: [grad, input, target], saving: [grad, input, target], params: reduction)
        return result
    }

    /// `binary_cross_entropy_backward`: `grad * (x - y) / max((1 - x) * x, 1e-12)`, divided by n for a mean.
    static func binaryCrossEntropy(_ grad: Tensor, _ input: Tensor, _ target: Tensor, _ p: WeightedLoss) throws -> Tensor {
        let result = try GradMode.with(false) {
            var raw = try Pointwise.floating(grad, input, target, BinaryCrossEntropySlope.self)
            if let w = p.weight { raw = try raw * w }
            return p.reduction == .mean ? try raw / Tensor.wrapping(.int(Int64(input.numel))) : raw
        }
        guard GraphRecorder.shouldRecord([grad, input, target]) else { return result }
        bceLossBackward.record(result, inputs: [grad, input, target], saving: [grad, input, target], params: p)
        return result
    }

    /// `binary_cross_entropy_with_logits_backward`'s slope: `sigmoid(x) - y`, or with `pos_weight`
    /// `(pos_weight * y + 1 - y) * sigmoid(x) - pos_weight * y`.
    static func logitSlope(_ x: Tensor, _ y: Tensor, _ posWeight: Tensor?) throws -> Tensor {
        guard let posWeight else { return try x.sigmoid() - y }
        let t = try posWeight * y
        return try (t + Tensor.wrapping(.int(1)) - y) * x.sigmoid() - t
    }

    /// The target's slope: `-x`, or `log_sigmoid(-x) - log_sigmoid(x) * pos_weight`.
    static func logitTargetSlope(_ x: Tensor, _ posWeight: Tensor?) throws -> Tensor {
        guard let posWeight else { return try x.negated() }
        return try x.negated().activation(.logSigmoid) - x.activation(.logSigmoid) * posWeight
    }

    /// `binary_cross_entropy_target_backward`: `-logit(x) * grad`, divided by n for a mean.
    static func binaryCrossEntropyTarget(_ grad: Tensor, _ input: Tensor, _ reduction: LossReduction) throws -> Tensor {
        let logit = try (input / (Tensor.wrapping(.int(1)) - input)).log()
        let scaled = try logit.negated() * grad
        return reduction == .mean ? try scaled.divided(by: .int(Int64(input.numel))) : scaled
    }

    private static var epsilon: Tensor { Tensor.wrapping(.float(1e-12)) }

    /// `binary_cross_entropy_double_backward_grad_output`.
    static func bceGradOutput(_ gg: Tensor, _ x: Tensor, _ y: Tensor, _ reduction: LossReduction) throws -> Tensor {
        let one = Tensor.wrapping(.int(1))
        let slope = try (x - y) / ((x + epsilon) * (one - x + epsilon))
        let weighted = try slope * gg
        switch reduction {
        case .none: return weighted
        case .sum: return try weighted.sum()
        case .mean: return try weighted.sum() / Tensor.wrapping(.int(Int64(x.numel)))
        }
    }

    /// `binary_cross_entropy_double_backward`: the second derivative with respect to the input.
    static func bceSecond(_ gg: Tensor, _ g: Tensor, _ x: Tensor, _ y: Tensor, _ reduction: LossReduction) throws
        -> Tensor
    {
        let one = Tensor.wrapping(.int(1))
        let numerator = try x * x - Tensor.wrapping(.int(2)) * x * y + y
        let denominator = try (x + epsilon).pow(.int(2)) * (one - x + epsilon).pow(.int(2))
        let second = try numerator / denominator * (gg * g)
        return reduction == .mean ? try second / Tensor.wrapping(.int(Int64(x.numel))) : second
    }

    /// `binary_cross_entropy_double_backward_target`.
    static func bceTargetSecond(_ gg: Tensor, _ g: Tensor, _ x: Tensor, _ reduction: LossReduction) throws -> Tensor {
        let denominator = try ((Tensor.wrapping(.int(1)) - x) * x).clamp(min: .float(1e-12), max: nil)
        let second = try (gg * g).negated() / denominator
        return reduction == .mean ? try second / Tensor.wrapping(.int(Int64(x.numel))) : second
    }
}

enum BinaryCrossEntropySlope: TernaryFormula {
    static func apply<T: FloatElement>(_ g: T, _ x: T, _ y: T) -> T {
        g * (x - y) / Swift.max((1 - x) * x, T(1e-12))
    }
}
