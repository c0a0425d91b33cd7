/// `layer_norm` and `batch_norm` (`NativeLayerNormBackward0`, `NativeBatchNormBackward0`): the
/// statistics are accumulated in float64, as ATen's CPU kernels accumulate them, and the output
/// is `x * scale + shift` in the input's dtype. The derivatives recompute the statistics in tensor
/// ops, so gradients taken with `create_graph=True` can be differentiated again.
extension Tensor {
    /// `F.layer_norm(input, normalized_shape, weight, bias, eps)`.
    public static func layerNorm(
        _ input: Tensor, normalizedShape: [Int], weight: Tensor?, bias: Tensor?, eps: Double
    ) throws -> Tensor {
        try Normalization.checkLayerShapes(input, normalizedShape, weight, bias)
        let n = normalizedShape.reduce(1, *)
        let rows = n == 0 ? 0 : input.numel / n
        let groups = (0..<rows).map { r in (0..<n).map { r * n + $0 } }
        let stats = try Normalization.moments(input, groups: groups, eps: eps)
        let shape = [rows, n]
        let w = try weight?.contiguousData().checkedDoubles()
        let b = try bias?.contiguousData().checkedDoubles()
        let result = try Normalization.transform(input, shape: shape, stats: stats, weight: w, bias: b, perColumn: true)
        let params = Normalization.Params(
            dims: Array((input.dim - normalizedShape.count)..<input.dim), eps: eps, training: true,
            invstd: nil, mean: nil)
        return try Normalization.record(LayerNormRows.layerNorm, result, input, weight, bias, params)
    }

    /// `F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)`;
    /// in training the running statistics are updated in place with `momentum`.
    public static func batchNorm(
        _ input: Tensor, runningMean: Tensor?, runningVar: Tensor?, weight: Tensor?, bias: Tensor?, training: Bool,
        momentum: Double, eps: Double
    ) throws -> Tensor {
        try Normalization.checkBatch(input, runningMean, runningVar, weight, bias, training: training)
        let channels = input.dim > 1 ? input.shape[1] : 1
        let inner = input.dim > 2 ? input.shape[2...].reduce(1, *) : 1
        let batch = input.shape.first ?? 0
        let groups = (0..<channels).map { c in
            (0..<batch).flatMap { b in (0..<inner).map { (b * channels + c) * inner + $0 } }
        }
        var stats: [Normalization.Moments]
        if training {
            stats = try Normalization.moments(input, groups: groups, eps: eps, roundTo: input.dtype)
            try Normalization.updateRunning(runningMean, runningVar, stats, count: batch * inner, momentum: momentum)
        } else {
            let means = try runningMean?.checkedDoubles() ?? []
            let variances = try runningVar?.checkedDoubles() ?? []
            stats = zip(means, variances).map {
                Normalization.Moments(mean: $0, variance: $1, invstd: 1 / ($1 + eps).squareRoot())
            }
        }
        let w = try weight?.contiguousData().checkedDoubles()
        let b = try bias?.contiguousData().checkedDoubles()
        let values = try Normalization.transform(
            input.reshape([batch, channels, inner]), shape: [batch, channels, inner], stats: stats, weight: w, bias: b,
            perColumn: false)
        let result = try values.view(input.shape)
        let constants =
            training
            ? nil
            : (
                try Tensor.from(stats.map { .float($0.invstd) }, shape: [channels], dtype: input.dtype),
                try Tensor.from(stats.map { .float($0.mean) }, shape: [channels], dtype: input.dtype)
            )
        let params = Normalization.Params(
            dims: [0] + Array(2..<Swift.max(input.dim, 2)), eps: eps, training: training, invstd: constants?.0,
            mean: constants?.1)
        return try Normalization.record(LayerNormRows.batchNorm, result, input, weight, bias, params)
    }
}
