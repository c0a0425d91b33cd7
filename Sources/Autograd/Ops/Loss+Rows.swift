/// The loss rows: `Params` is the reduction (and for `nll_loss` the ignored class and the weight
/// the mean divided by).
extension Loss {
    static let mseLoss = OpRow<LossReduction>(
        "MseLossBackward0",
        python: PythonSignature(
            "mse_loss", "torch.nn.functional.mse_loss(input, target, reduction='mean') -> Tensor",
            "Mean squared error ((input - target) ** 2).mean(); reduction 'sum' or 'none'\nchanges the last step."),
        saves: [.input, .target],
        probe: GradientProbe(shapes: [[2, 3], [2, 3]]) { try meanSquaredError($0[0], $0[1], reduction: .mean) }
    ) { grad, saved, reduction in
        let (a, b) = try (saved.input(), saved(.target))
        return [
            saved.needsGrad(0) ? try LossGradient.meanSquaredError(grad, a, b, reduction) : nil,
            saved.needsGrad(1) ? try LossGradient.meanSquaredError(grad, b, a, reduction) : nil,
        ]
    }

    static let bceLoss = OpRow<WeightedLoss>(
        "BinaryCrossEntropyBackward0",
        python: PythonSignature(
            "binary_cross_entropy",
            "torch.nn.functional.binary_cross_entropy(input, target, weight=None, reduction='mean') -> Tensor",
            "-(target * log(input) + (1 - target) * log(1 - input)), averaged; input holds\nprobabilities in [0, 1]."),
        saves: [.input, .target],
        probe: GradientProbe(shapes: [[2, 3], [2, 3]], low: 0.1, high: 0.9) {
            try binaryCrossEntropy($0[0], $0[1], reduction: .mean)
        }
    ) { grad, saved, p in
        let (x, y) = try (saved.input(), saved(.target))
        let g = try p.weight.map { try grad * $0 } ?? grad
        return [
            saved.needsGrad(0) ? try LossGradient.binaryCrossEntropy(grad, x, y, p) : nil,
            saved.needsGrad(1) ? try LossGradient.binaryCrossEntropyTarget(g, x, p.reduction) : nil,
        ]
    }

    static let bceWithLogitsLoss = OpRow<WeightedLoss>(
        "BinaryCrossEntropyWithLogitsBackward0",
        python: PythonSignature(
            "binary_cross_entropy_with_logits",
            "torch.nn.functional.binary_cross_entropy_with_logits(input, target, weight=None, reduction='mean', pos_weight=None) -> Tensor",
            "binary_cross_entropy(sigmoid(input), target), computed stably from raw scores."),
        saves: [.input, .target],
        probe: GradientProbe(shapes: [[2, 3], [2, 3]]) { try binaryCrossEntropyWithLogits($0[0], $0[1], reduction: .mean) }
    ) { grad, saved, p in
        let (x, y) = try (saved.input(), saved(.target))
        var gradX = saved.needsGrad(0) ? try LossGradient.logitSlope(x, y, p.posWeight) * grad : nil
        var gradY = saved.needsGrad(1) ? try LossGradient.logitTargetSlope(x, p.posWeight) * grad : nil
        if let w = p.weight { (gradX, gradY) = try (gradX.map { try $0 * w }, gradY.map { try $0 * w }) }
        guard p.reduction == .mean else { return [gradX, gradY] }
        let count = Int64(x.numel)
        return [try gradX?.divided(by: .int(count)), try gradY?.divided(by: .int(count))]
    }

    static let rows: [AnyOpRow] =
        [mseLoss, bceLoss, bceWithLogitsLoss, NegativeLogLikelihood.row, NegativeLogLikelihood.planarRow]
        + [LossGradient.mseLossBackward, LossGradient.bceLossBackward, NegativeLogLikelihood.backwardRow]
        + [NegativeLogLikelihood.planarBackwardRow]
}

/// The derivative ops of the losses, rows of their own so double backward shows PyTorch's nodes.
extension LossGradient {
    /// `mse_loss_backward(grad, input, target)`.
    static let mseLossBackward = OpRow<LossReduction>(
        "MseLossBackwardBackward0", python: nil, saves: [.gradOutput, .input, .target],
        probe: .gradient(shapes: [[2, 3]]) { x in
            try Loss.meanSquaredError(x * x, Tensor.full([2, 3], .float(0.25), dtype: .float64), reduction: .mean)
        }
    ) { gg, saved, reduction in
        let (g, x, t) = try (saved(.gradOutput), saved.input(), saved(.target))
        var second = try gg * g * Tensor.wrapping(.int(2))
        if reduction == .mean { second = try second / Tensor.wrapping(.int(Int64(x.numel))) }
        return [
            saved.needsGrad(0) ? try meanSquaredError(gg, x, t, reduction).reduced(toShape: g.shape, dtype: g.dtype) : nil,
            saved.needsGrad(1) ? try second.reduced(toShape: x.shape, dtype: x.dtype) : nil,
            saved.needsGrad(2) ? try second.negated().reduced(toShape: t.shape, dtype: t.dtype) : nil,
        ]
    }

    /// `binary_cross_entropy_backward(grad, input, target)`.
    static let bceLossBackward = OpRow<WeightedLoss>(
        "BinaryCrossEntropyBackwardBackward0", python: nil, saves: [.gradOutput, .input, .target],
        probe: .gradient(shapes: [[2, 3]], low: 0.1, high: 0.9) { x in
            try Loss.binaryCrossEntropy(x, Tensor.full([2, 3], .float(0.25), dtype: .float64), reduction: .mean)
        }
    ) { gradGrad, saved, p in
        let (g, x, y) = try (saved(.gradOutput), saved.input(), saved(.target))
        let (gg, reduction) = try (p.weight.map { try gradGrad * $0 } ?? gradGrad, p.reduction)
        return [
            saved.needsGrad(0) ? try bceGradOutput(gg, x, y, reduction).reduced(toShape: g.shape, dtype: g.dtype) : nil,
            saved.needsGrad(1) ? try bceSecond(gg, g, x, y, reduction).reduced(toShape: x.shape, dtype: x.dtype) : nil,
            saved.needsGrad(2) ? try bceTargetSecond(gg, g, x, reduction).reduced(toShape: y.shape, dtype: y.dtype) : nil,
        ]
    }
}

extension NegativeLogLikelihood {
    /// What `nll_loss`'s backward needs of its call.
    struct Params {
        let reduction: LossReduction
        let ignoreIndex: Int64
        let totalWeight: Double
        var weights: [Double]? = nil
        var spatial = false
    }

    static let row = OpRow<Params>(
        "NllLossBackward0",
        python: PythonSignature(
            "nll_loss", "torch.nn.functional.nll_loss(input, target, ignore_index=-100, reduction='mean') -> Tensor",
            """
            Negative log likelihood: input holds log-probabilities (N×C), target the int64
            class of each row; the mean of -input[i, target[i]].
            weight and the deprecated size_average/reduce are not supported.
            """),
        saves: [.input, .target],
        probe: GradientProbe(shapes: [[3, 4]]) { try Loss.negativeLogLikelihood($0[0], classes([0, 3, 1]), reduction: .mean) }
    ) { grad, saved, p in
        [try backward(grad, saved.input(), saved(.target), p)]
    }

    /// `nll_loss_backward(grad, input, target)`: linear in the incoming gradient, constant in the input.
    static let backwardRow = OpRow<Params>(
        "NllLossBackwardBackward0", python: nil, saves: [.target],
        probe: .gradient(shapes: [[3, 4]]) { x in
            try Loss.crossEntropy(x * x, classes([1, 0, 3]), reduction: .mean)
        }
    ) { gg, saved, p in
        let labels = try saved(.target)
        let first =
            saved.needsGrad(0)
            ? try Loss.negativeLogLikelihood(
                gg, labels, reduction: p.reduction, ignoreIndex: p.ignoreIndex,
                weight: p.weights.map { try Tensor.from($0.map { .float($0) }, shape: [$0.count], dtype: gg.dtype) }) : nil
        return [first, saved.needsGrad(1) ? try Tensor(zeros: gg.shape, dtype: gg.dtype) : nil]
    }

    /// `nll_loss2d`: `[N, C, H, W]` log-probabilities and `[N, H, W]` targets (and every rank but 1
    /// and 2, viewed as `[N, C, 1, -1]`).
    static let planarRow = OpRow<Params>(
        "NllLoss2DBackward0", python: nil, saves: [.input, .target],
        probe: GradientProbe(shapes: [[2, 3, 2, 2]]) {
            try Loss.negativeLogLikelihood($0[0], classes([0, 2, 1, 1, 2, 0, 1, 0], shape: [2, 2, 2]), reduction: .mean)
        }
    ) { grad, saved, p in
        [try backward(grad, saved.input(), saved(.target), p)]
    }

    static let planarBackwardRow = OpRow<Params>(
        "NllLoss2DBackwardBackward0", python: nil, saves: [.target],
        probe: .gradient(shapes: [[2, 3, 4]]) { x in
            try Loss.crossEntropy(x * x, classes([1, 0, 2, 2, 0, 1, 1, 0], shape: [2, 4]), reduction: .sum)
        }
    ) { gg, saved, p in
        try backwardRow.derivative(gg, saved, p)
    }

    /// Class labels for a probe.
    private static func classes(_ values: [Int64], shape: [Int]? = nil) throws -> Tensor {
        try Tensor.from(values.map { .int($0) }, shape: shape ?? [values.count], dtype: .int64)
    }
}
