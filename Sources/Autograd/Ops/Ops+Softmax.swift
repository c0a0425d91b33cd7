/// `softmax`, `log_softmax` and `logsumexp`. The derivatives of the first two are ops of their own
/// (`_softmax_backward_data`, …) so double backward shows PyTorch's node names.
extension Tensor {
    /// `softmax(dim)` (`SoftmaxBackward0`), computed as ATen does: `exp(x - max) / sum`.
    public func softmax(dim d: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        try Softmax.requireFloating(self, dim: at, kernel: "softmax")
        let result = try Softmax.forward(self, dim: at, log: false)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        GraphRecorder.record(result, name: "SoftmaxBackward0", inputs: [self], savesResult: true) { grad, context in
            [try Softmax.softmaxBackward(grad, context.result(), dim: at)]
        }
        return result
    }

    /// `log_softmax(dim)` (`LogSoftmaxBackward0`): `x - max - log(sum(exp(x - max)))`.
    public func logSoftmax(dim d: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        try Softmax.requireFloating(self, dim: at, kernel: "log_softmax")
        let result = try Softmax.forward(self, dim: at, log: true)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        GraphRecorder.record(result, name: "LogSoftmaxBackward0", inputs: [self], savesResult: true) { grad, context in
            [try Softmax.logSoftmaxBackward(grad, context.result(), dim: at)]
        }
        return result
    }

    /// `logsumexp(dims, keepdim)` (`LogsumexpBackward0`), stabilised by the maximum as ATen does.
    public func logsumexp(dims: [Int], keepDim: Bool) throws -> Tensor {
        let reduced = try Reduction.allDims(dims, rank: dim)
        let input = try dtype.isFloatingPoint ? self : converted(to: .defaultFloat)
        let result = try GradMode.with(false) { try Softmax.logsumexp(input.detach(), dims: reduced, keepDim: keepDim) }
        guard GraphRecorder.shouldRecord([self]) else { return result }
        let rank = dim
        GraphRecorder.record(result, name: "LogsumexpBackward0", inputs: [self], saving: [self], savesResult: true) {
            grad, context in
            let g = try Reduction.restore(grad, dims: reduced, keepDim: keepDim, rank: rank)
            let r = try Reduction.restore(context.result(), dims: reduced, keepDim: keepDim, rank: rank)
            return [try g * (context.saved(0) - r).exp()]
        }
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
        GraphRecorder.record(
            result, name: "SoftmaxBackwardDataBackward0", inputs: [grad, output], saving: [grad, output]
        ) { gg, context in
            let gradOutput = try context.saved(0)
            let y = try context.saved(1)
            let first = context.needsGrad(0) ? try softmaxBackward(gg, y, dim: dim) : nil
            let second =
                context.needsGrad(1)
                ? try gradOutput * gg - (y * gradOutput).sum(dims: [dim], keepDim: true) * gg - gradOutput
                    * (y * gg).sum(dims: [dim], keepDim: true) : nil
            return [first, second]
        }
        return result
    }

    /// `_log_softmax_backward_data(grad, output, dim)`: `grad - exp(output) * sum(grad)`.
    static func logSoftmaxBackward(_ grad: Tensor, _ output: Tensor, dim: Int) throws -> Tensor {
        let result = try backwardKernel(grad, output, dim: dim, LogSoftmaxGradient.self)
        guard GraphRecorder.shouldRecord([grad, output]) else { return result }
        GraphRecorder.record(
            result, name: "LogSoftmaxBackwardDataBackward0", inputs: [grad, output], saving: [grad, output]
        ) { gg, context in
            let gradOutput = try context.saved(0)
            let y = try context.saved(1)
            let first = context.needsGrad(0) ? try gg - (gg * y.exp()).sum(dims: [dim], keepDim: true) : nil
            let second =
                context.needsGrad(1)
                ? try gradOutput.sum(dims: [dim], keepDim: true).negated() * y.exp() * gg : nil
            return [first, second]
        }
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
