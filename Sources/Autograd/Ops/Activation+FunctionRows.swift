extension Tensor {
    /// One of `F.elu`, `F.gelu`, `F.silu`, `F.softplus`, `F.hardtanh`, … with its PyTorch node.
    ///
    /// ```swift
    /// let y = try x.activation(.gelu(tanh: false))  // grad_fn GeluBackward0
    /// ```
    public func activation(_ f: ActivationFunction) throws -> Tensor {
        let result = try ActivationKernels.forward(self, f)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        ActivationRows.forwardRow(f).record(result, inputs: [self], saving: [self], params: f)
        return result
    }

    /// `elu_`, `selu_`, `celu_`: in place, the derivative reading the result (`EluBackward1`, `CeluBackward1`).
    /// The other activations' in-place forms record their out-of-place node, as PyTorch's do.
    public func activationInPlace(_ f: ActivationFunction) throws {
        try updateInPlace { input in
            switch f {
            case .elu, .celu:
                let result = try ActivationKernels.forward(input, f)
                guard GraphRecorder.shouldRecord([input]) else { return result }
                let row = if case .celu = f { ActivationRows.celuInPlace } else { ActivationRows.eluInPlace }
                row.record(result, inputs: [input], params: f)
                return result
            default:
                return try input.activation(f)
            }
        }
    }
}

/// The kernels: each element through the function's formula, in float64 and rounded to the dtype.
enum ActivationKernels {
    static func forward(_ x: Tensor, _ f: ActivationFunction) throws -> Tensor {
        try x.dtype.dispatch(Forward(x: x, f: f))
    }

    private struct Forward: FloatingVisitor {
        typealias Output = Tensor
        let x: Tensor
        let f: ActivationFunction

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            return try Kernels.map(x, T.self, to: T.dtype) { f.forward($0) }
        }
        func nonFloating(_ dtype: DType) throws -> Tensor { throw TorchError.notImplemented(f.kernelName, dtype) }
    }

    /// `grad * f'(x)` as ATen's backward kernel computes it, recorded as the derivative op when
    /// a graph is being built.
    static func backward(_ grad: Tensor, _ x: Tensor, _ f: ActivationFunction) throws -> Tensor {
        if GradMode.isEnabled, case .silu = f { return try compositeSiluBackward(grad, x) }
        if GradMode.isEnabled, case .mish = f { return try compositeMishBackward(grad, x) }
        let dtype = Pointwise.floatingType([grad, x])
        let shape = try Broadcast.shape(grad.shape, x.shape)
        let (g, v) = try (grad.converted(to: dtype), x.converted(to: dtype))
        let result =
            try dtype == .float64
            ? Kernels.zip(g, v, Double.self, shape: shape, to: .float64) { f.backward($0, $1) }
            : Kernels.zip(g, v, Float.self, shape: shape, to: .float32) { f.backward($0, $1) }
        guard GraphRecorder.shouldRecord([grad, x]) else { return result }
        guard let row = ActivationRows.backwardRow(f) else { return result }
        row.record(result, inputs: [grad, x], saving: [grad, x], params: f)
        return result
    }

    /// `f''(x)` as a constant tensor of `x`'s dtype.
    static func second(_ x: Tensor, _ f: ActivationFunction) throws -> Tensor {
        try pairwise(x, x) { _, v in f.second(v) }
    }

    static func pairwise(_ a: Tensor, _ b: Tensor, _ body: (Double, Double) -> Double) throws -> Tensor {
        let dtype = Pointwise.floatingType([a, b])
        let shape = try Broadcast.shape(a.shape, b.shape)
        let (l, r) = try (a.converted(to: dtype), b.converted(to: dtype))
        return try dtype == .float64
            ? Kernels.zip(l, r, Double.self, shape: shape, to: .float64) { body($0, $1) }
            : Kernels.zip(l, r, Float.self, shape: shape, to: .float32) { Float(body(Double($0), Double($1))) }
    }

    /// ATen's `infinitely_differentiable_silu_backward`: `grad * s * (1 + x * (1 - s))`, `s = sigmoid(x)`.
    private static func compositeSiluBackward(_ grad: Tensor, _ x: Tensor) throws -> Tensor {
        let s = try x.sigmoid()
        let one = Tensor.wrapping(.int(1))
        return try grad * s * (one + x * (one - s))
    }

    /// ATen's `infinitely_differentiable_mish_backward`.
    private static func compositeMishBackward(_ grad: Tensor, _ x: Tensor) throws -> Tensor {
        let s = try x.sigmoid()
        let t = try x.activation(.softplus(beta: 1, threshold: 20)).tanh()
        return try grad * (t + x * s * (Tensor.wrapping(.float(1)) - t * t))
    }
}
