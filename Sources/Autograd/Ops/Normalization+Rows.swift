/// The rows of `layer_norm` and `batch_norm`: inputs `[input, weight, bias]`, the derivative the
/// textbook formula in tensor ops with the statistics recomputed from the saved input.
enum LayerNormRows {
    static let layerNorm = OpRow<Normalization.Params>(
        "NativeLayerNormBackward0",
        python: PythonSignature(
            "layer_norm",
            "torch.nn.functional.layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05) -> Tensor",
            "(x - mean) / sqrt(var + eps) over the last len(normalized_shape) dimensions,\nthen * weight + bias."),
        saves: [.input, .weight],
        probe: GradientProbe(shapes: [[2, 3], [3], [3]]) {
            try Tensor.layerNorm($0[0], normalizedShape: [3], weight: $0[1], bias: $0[2], eps: 1e-5)
        }
    ) { grad, saved, p in
        let x = try saved.input()
        let leading = Array(0..<(x.dim - p.dims.count))
        return try derivatives(grad, saved, p, weightView: nil, parameterDims: leading)
    }

    static let batchNorm = OpRow<Normalization.Params>(
        "NativeBatchNormBackward0",
        python: PythonSignature(
            "batch_norm",
            "torch.nn.functional.batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05) -> Tensor",
            "Normalises each channel (dimension 1) by the batch's mean and variance in training,\nby running_mean/running_var otherwise, then * weight + bias."
        ),
        saves: [.input, .weight],
        probe: GradientProbe(shapes: [[4, 2], [2], [2]]) {
            try Tensor.batchNorm(
                $0[0], runningMean: nil, runningVar: nil, weight: $0[1], bias: $0[2], training: true, momentum: 0.1,
                eps: 1e-5)
        }
    ) { grad, saved, p in
        let x = try saved.input()
        let view = [x.shape[1]] + [Int](repeating: 1, count: Swift.max(x.dim - 2, 0))
        return try derivatives(grad, saved, p, weightView: view, parameterDims: p.dims)
    }

    /// The gradients of input, weight and bias.
    private static func derivatives(
        _ grad: Tensor, _ saved: RowSaved, _ p: Normalization.Params, weightView: [Int]?, parameterDims: [Int]
    ) throws -> [Tensor?] {
        let (x, w) = try (saved.input(), saved(.weight))
        let hasWeight = w.numel > 0 || w.dim != 1
        let weight = try hasWeight ? weightView.map { try w.view($0) } ?? w : nil
        let (xhat, invstd) = try normalized(x, p, statsView: weightView)
        let gy = try weight.map { try grad * $0 } ?? grad
        var gradInput: Tensor? = nil
        if saved.needsGrad(0) {
            if p.training {
                let meanGrad = try gy.mean(dims: p.dims, keepDim: true)
                let projection = try (gy * xhat).mean(dims: p.dims, keepDim: true)
                gradInput = try invstd * (gy - meanGrad - xhat * projection)
            } else {
                gradInput = try gy * invstd
            }
        }
        let reduce = { (t: Tensor) throws -> Tensor in
            parameterDims.isEmpty ? t : try t.sum(dims: parameterDims, keepDim: false)
        }
        let gradWeight = saved.needsGrad(1) ? try reduce(grad * xhat).reshape(w.shape) : nil
        let gradBias = saved.needsGrad(2) ? try reduce(grad) : nil
        return [gradInput, gradWeight, gradBias]
    }

    /// `(x - mean) * invstd` and `invstd`, from the batch in training, the running statistics otherwise.
    private static func normalized(_ x: Tensor, _ p: Normalization.Params, statsView: [Int]?) throws -> (Tensor, Tensor) {
        if !p.training, let invstd = p.invstd, let mean = p.mean, let view = statsView {
            let s = try invstd.view(view)
            return (try (x - mean.view(view)) * s, s)
        }
        let mean = try x.mean(dims: p.dims, keepDim: true)
        let centered = try x - mean
        let variance = try (centered * centered).mean(dims: p.dims, keepDim: true)
        let invstd = try (variance + Tensor.wrapping(.float(p.eps))).rsqrt()
        return (try centered * invstd, invstd)
    }

    static let rows: [AnyOpRow] = [layerNorm, batchNorm]
}

extension Normalization {
    static func checkLayerShapes(_ input: Tensor, _ shape: [Int], _ weight: Tensor?, _ bias: Tensor?) throws {
        let text = ShapeText.bracketed
        guard input.dim >= shape.count, Array(input.shape.suffix(shape.count)) == shape else {
            throw TorchError.runtime(
                "Given normalized_shape=\(text(shape)), expected input with shape [*, \(shape.map(String.init).joined(separator: ", "))], but got input of size\(text(input.shape))"
            )
        }
        for (name, t) in [("weight", weight), ("bias", bias)] {
            if let t, t.shape != shape {
                throw TorchError.runtime(
                    "Expected \(name) to be of same shape as normalized_shape, but got \(name) of shape \(text(t.shape)) and normalized_shape = \(text(shape))"
                )
            }
        }
    }

    static func checkBatch(
        _ input: Tensor, _ mean: Tensor?, _ variance: Tensor?, _ weight: Tensor?, _ bias: Tensor?, training: Bool
    ) throws {
        if training {
            var values = input.shape.first ?? 1
            for size in input.shape.dropFirst(2) { values *= size }
            if values == 1 {
                throw TorchError(
                    .valueError,
                    "Expected more than 1 value per channel when training, got input size torch.Size(\(ShapeText.bracketed(input.shape)))"
                )
            }
        } else if mean == nil {
            throw TorchError.runtime("running_mean must be defined in evaluation mode")
        }
        guard input.dtype.isFloatingPoint else {
            throw TorchError(.notImplementedError, "\"batch_norm\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        let channels = input.dim > 1 ? input.shape[1] : input.shape.first ?? 0
        for (name, t) in [("running_mean", mean), ("running_var", variance), ("weight", weight), ("bias", bias)] {
            if let t, t.numel != channels {
                throw TorchError.runtime("\(name) should contain \(channels) elements not \(t.numel)")
            }
        }
    }
}
