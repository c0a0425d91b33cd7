/// `softmax`, `log_softmax` and `logsumexp`. The derivatives of the first two are ops of their own
/// (`_softmax_backward_data`, …) so double backward shows PyTorch's node names.
extension Tensor {
    /// `softmax(dim)` (`SoftmaxBackward0`), computed as ATen does: `exp(x - max) / sum`.
    public func softmax(dim d: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        try Softmax.requireFloating(self, dim: at, kernel: "softmax")
        let result = try Softmax.forward(self, dim: at, log: false)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Softmax.softmax.record(result, inputs: [self], params: at)
        return result
    }

    /// `log_softmax(dim)` (`LogSoftmaxBackward0`): `x - max - log(sum(exp(x - max)))`.
    public func logSoftmax(dim d: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        try Softmax.requireFloating(self, dim: at, kernel: "log_softmax")
        let result = try Softmax.forward(self, dim: at, log: true)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Softmax.logSoftmax.record(result, inputs: [self], params: at)
        return result
    }

    /// `logsumexp(dims, keepdim)` (`LogsumexpBackward0`), stabilised by the maximum as ATen does.
    public func logsumexp(dims: [Int], keepDim: Bool) throws -> Tensor {
        let reduced = try Reduction.allDims(dims, rank: dim)
        let input = try dtype.isFloatingPoint ? self : converted(to: .defaultFloat)
        let result = try GradMode.with(false) { try Softmax.logsumexp(input.detach(), dims: reduced, keepDim: keepDim) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Softmax.logsumexp.record(
            result, inputs: [self], saving: [self], params: ReductionParams(self, dims: reduced, keepDim: keepDim))
        return result
    }
}

/// Kernels and derivative ops of the softmax family.
enum Softmax {
    static func requireFloating(_ t: Tensor, dim: Int, kernel: String) throws {
        guard !t.dtype.isFloatingPoint else { return }
        let last = dim == t.dim - 1 || t.dim == 0
        throw TorchError.notImplemented(last ? "\(kernel)_lastdim_kernel_impl" : "\(kernel)_kernel_impl", t.dtype)
    }

    static func forward(_ t: Tensor, dim: Int, log: Bool) throws -> Tensor {
        try log ? run([t], dim: dim, LogSoftmaxForward.self) : run([t], dim: dim, SoftmaxForward.self)
    }

    /// `_softmax_backward_data(grad, output, dim)`: `(grad - sum(grad * output)) * output`.
    static func softmaxBackward(_ grad: Tensor, _ output: Tensor, dim: Int) throws -> Tensor {
        let result = try backwardKernel(grad, output, dim: dim, SoftmaxGradient.self)
        guard GraphRecorder.shouldRecord([grad, output]) else { return result }
        softmaxBackwardData.record(result, inputs: [grad, output], saving: [grad, output], params: dim)
        return result
    }

    /// `_log_softmax_backward_data(grad, output, dim)`: `grad - exp(output) * sum(grad)`.
    static func logSoftmaxBackward(_ grad: Tensor, _ output: Tensor, dim: Int) throws -> Tensor {
        let result = try backwardKernel(grad, output, dim: dim, LogSoftmaxGradient.self)
        guard GraphRecorder.shouldRecord([grad, output]) else { return result }
        logSoftmaxBackwardData.record(result, inputs: [grad, output], saving: [grad, output], params: dim)
        return result
    }

    /// Runs a lane formula over a gradient and an output of the same shape, in the output's dtype.
    private static func backwardKernel<K: SoftmaxKernel>(_ grad: Tensor, _ output: Tensor, dim: Int, _: K.Type) throws -> Tensor {
        let g = try GradMode.with(false) { try grad.expand(output.shape) }.converted(to: output.dtype)
        return try run([g, output], dim: dim, K.self)
    }

    /// ATen's `logsumexp`: `log(sum(exp(x - max))) + max`, with infinite maxima replaced by 0.
    static func logsumexp(_ t: Tensor, dims: [Int], keepDim: Bool) throws -> Tensor {
        let reducedShape = Reduction.reducedShape(t.shape, dims: dims, keepDim: keepDim)
        guard t.numel > 0 else { return try t.exp().sum(dims: dims, keepDim: keepDim).log() }
        let found = try Extrema.bucketExtremes(t, dims: dims, keepDim: true, larger: true)
        let maxes =
            try t.dtype == .float64
            ? Kernels.map(found, Double.self, to: .float64) { $0.isInfinite ? 0 : $0 }
            : Kernels.map(found, Float.self, to: .float32) { $0.isInfinite ? 0 : $0 }
        let sums = try (t - maxes).exp().sum(dims: dims, keepDim: keepDim)
        return try sums.log() + maxes.view(reducedShape)
    }
}

/// The softmax family's rows; `Params` is the normalised dim (logsumexp's are a reduction's).
extension Softmax {
    static let softmax = OpRow<Int>(
        "SoftmaxBackward0",
        python: PythonSignature(
            "softmax", "Tensor.softmax(dim, dtype=None) -> Tensor",
            "exp(x) / exp(x).sum(dim): non-negative values summing to 1 along dim.\nExample: logits.softmax(dim=-1)"),
        saves: [.result], probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].softmax(dim: 1) }
    ) { grad, saved, dim in [try softmaxBackward(grad, saved.result(), dim: dim)] }

    static let logSoftmax = OpRow<Int>(
        "LogSoftmaxBackward0",
        python: PythonSignature(
            "log_softmax", "Tensor.log_softmax(dim, dtype=None) -> Tensor",
            "log(softmax(x, dim)), computed stably; pairs with nll_loss."),
        saves: [.result], probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].logSoftmax(dim: 1) }
    ) { grad, saved, dim in [try logSoftmaxBackward(grad, saved.result(), dim: dim)] }

    static let logsumexp = OpRow<ReductionParams>(
        "LogsumexpBackward0",
        python: PythonSignature(
            "logsumexp", "Tensor.logsumexp(dim, keepdim=False) -> Tensor", "log(exp(x).sum(dim)), computed without overflow."),
        saves: [.input, .result], probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].logsumexp(dims: [1], keepDim: false) }
    ) { grad, saved, p in
        let g = try Reduction.restore(grad, dims: p.dims, keepDim: p.keepDim, rank: p.shape.count)
        let r = try Reduction.restore(saved.result(), dims: p.dims, keepDim: p.keepDim, rank: p.shape.count)
        return [try g * (saved.input() - r).exp()]
    }

    /// `_softmax_backward_data(grad_output, output, dim)`, so double backward names PyTorch's node.
    static let softmaxBackwardData = OpRow<Int>(
        "SoftmaxBackwardDataBackward0", python: nil, saves: [.gradOutput, .output],
        probe: .gradient(shapes: [[2, 3]]) { try $0.softmax(dim: 1) * $0 }
    ) { gg, saved, dim in
        let (gradOutput, y) = try (saved(.gradOutput), saved(.output))
        let first = saved.needsGrad(0) ? try softmaxBackward(gg, y, dim: dim) : nil
        let second =
            saved.needsGrad(1)
            ? try gradOutput * gg - (y * gradOutput).sum(dims: [dim], keepDim: true) * gg - gradOutput
                * (y * gg).sum(dims: [dim], keepDim: true) : nil
        return [first, second]
    }

    /// `_log_softmax_backward_data(grad_output, output, dim)`.
    static let logSoftmaxBackwardData = OpRow<Int>(
        "LogSoftmaxBackwardDataBackward0", python: nil, saves: [.gradOutput, .output],
        probe: .gradient(shapes: [[2, 3]]) { try $0.logSoftmax(dim: 0) * $0 }
    ) { gg, saved, dim in
        let (gradOutput, y) = try (saved(.gradOutput), saved(.output))
        let first = saved.needsGrad(0) ? try gg - (gg * y.exp()).sum(dims: [dim], keepDim: true) : nil
        let second = saved.needsGrad(1) ? try gradOutput.sum(dims: [dim], keepDim: true).negated() * y.exp() * gg : nil
        return [first, second]
    }

    static let rows: [AnyOpRow] = [softmax, logSoftmax, logsumexp, softmaxBackwardData, logSoftmaxBackwardData]
}
