/// `F.group_norm` (`NativeGroupNormBackward0`): the channels of each sample split into groups,
/// each group normalised by its own mean and variance (statistics in float64, as `layer_norm`),
/// then `scale * x + shift` per channel with `scale = rstd * weight[c]` and
/// `shift = -scale * mean + bias[c]`, as ATen's CPU kernel applies it.
extension Tensor {
    public static func groupNorm(_ input: Tensor, groups: Int, weight: Tensor?, bias: Tensor?, eps: Double) throws
        -> Tensor
    {
        try GroupNorm.check(input, groups, weight, bias)
        guard input.dtype.isFloatingPoint else {
            throw TorchError(.notImplementedError, "\"GroupNormKernelImpl\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        let result =
            try input.numel == 0
            ? Tensor(zeros: input.shape, dtype: input.dtype) : GroupNorm.forward(input, groups, weight, bias, eps)
        let present = [input] + [weight, bias].compactMap { $0 }
        guard GraphRecorder.shouldRecord(present) else { return result }
        let none = try Tensor(zeros: [0], dtype: input.dtype)
        GroupNorm.row.record(
            result, inputs: [input, weight ?? none, bias ?? none], saving: [input, weight ?? none],
            params: GroupNorm.Params(groups: groups, eps: eps))
        return result
    }
}

enum GroupNorm {
    struct Params {
        let groups: Int
        let eps: Double
    }

    /// The normalised values of a non-empty input (so `n * groups` is at most its element count).
    static func forward(_ input: Tensor, _ groups: Int, _ weight: Tensor?, _ bias: Tensor?, _ eps: Double) throws -> Tensor {
        let (n, c) = (input.shape[0], input.shape[1])
        let rowLength = input.numel / (n * groups)
        let rows = (0..<(n * groups)).map { r in (0..<rowLength).map { r * rowLength + $0 } }
        let stats = try Normalization.moments(input, groups: rows, eps: eps)
        return try GradMode.with(false) {
            let per = { (values: [Double]) in
                try Tensor.from(values.map { .float($0) }, shape: [n, groups, 1], dtype: input.dtype)
            }
            let (mean, rstd) = try (per(stats.map(\.mean)), per(stats.map(\.invstd)))
            let perChannel = { (t: Tensor) in try t.expand([n, groups, c / groups]).reshape([n, c, 1]) }
            var scale = try perChannel(rstd)
            if let weight { scale = try scale * weight.view([1, c, 1]) }
            var shift = try scale.negated() * perChannel(mean)
            if let bias { shift = try shift + bias.view([1, c, 1]) }
            return try (scale * input.reshape([n, c, -1]) + shift).view(input.shape)
        }
    }

    /// ATen's `native_group_norm` checks, in its words.
    static func check(_ input: Tensor, _ groups: Int, _ weight: Tensor?, _ bias: Tensor?) throws {
        let shape = ShapeText.bracketed(input.shape)
        guard groups > 0, input.shape[1] % groups == 0 else {
            throw TorchError.runtime(
                "Expected number of channels in input to be divisible by num_groups, but got input of shape \(shape) and num_groups=\(groups)"
            )
        }
        for (name, t) in [("weight", weight), ("bias", bias)] {
            if let t, !(t.dim == 1 && t.numel == input.shape[1]) {
                throw TorchError.runtime(
                    "Expected \(name) to be a vector of size equal to the number of channels in input, but got \(name) of shape \(ShapeText.bracketed(t.shape)) and input of shape \(shape)"
                )
            }
        }
    }

    static let row = OpRow<Params>(
        "NativeGroupNormBackward0",
        python: PythonSignature(
            "group_norm",
            "torch.nn.functional.group_norm(input, num_groups, weight=None, bias=None, eps=1e-05) -> Tensor",
            "(x - mean) / sqrt(var + eps) over each group of num_groups channel groups of each sample,\nthen * weight + bias per channel."
        ),
        saves: [.input, .weight],
        probe: GradientProbe(shapes: [[2, 4, 3], [4], [4]]) {
            try Tensor.groupNorm($0[0], groups: 2, weight: $0[1], bias: $0[2], eps: 1e-5)
        }
    ) { grad, saved, p in
        let (x, w) = try (saved.input(), saved(.weight))
        let (n, c) = (x.shape[0], x.shape[1])
        let grouped = try x.reshape([n, p.groups, -1])
        let mean = try grouped.mean(dims: [2], keepDim: true)
        let centered = try grouped - mean
        let invstd = try ((centered * centered).mean(dims: [2], keepDim: true) + Tensor.wrapping(.float(p.eps))).rsqrt()
        let xhat = try centered * invstd
        let channelView = [1, c] + [Int](repeating: 1, count: Swift.max(x.dim - 2, 0))
        let hasWeight = w.numel > 0 || w.dim != 1
        var gradInput: Tensor? = nil
        if saved.needsGrad(0) {
            let gy = try (hasWeight ? grad * w.view(channelView) : grad).reshape([n, p.groups, -1])
            let projection = try (gy * xhat).mean(dims: [2], keepDim: true)
            gradInput = try (invstd * (gy - gy.mean(dims: [2], keepDim: true) - xhat * projection)).view(x.shape)
        }
        let others = [0] + Array(2..<Swift.max(x.dim, 2))
        let gradWeight = saved.needsGrad(1) ? try (grad * xhat.view(x.shape)).sum(dims: others, keepDim: false) : nil
        let gradBias = saved.needsGrad(2) ? try grad.sum(dims: others, keepDim: false) : nil
        return [gradInput, gradWeight, gradBias]
    }

    static let rows: [AnyOpRow] = [row]
}
