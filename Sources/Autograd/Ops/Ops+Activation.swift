/// The activation functions. Their derivatives are ops of their own (`tanh_backward`, …) so that a
/// gradient taken with `create_graph=True` shows PyTorch's `TanhBackwardBackward0` node.
extension UnaryOp {
    static let tanh = UnaryOp(
        pythonName: "tanh", nodeName: "TanhBackward0", summary: "the hyperbolic tangent of each element, squashed into (-1, 1)",
        forward: { try Pointwise.transcendental($0, .tanh, HyperbolicTangent.self) }, saves: .result,
        derivative: { grad, saved in try BinaryOp.tanhBackward(grad, saved.result()) })

    static let sigmoid = UnaryOp(
        pythonName: "sigmoid", nodeName: "SigmoidBackward0", summary: "1 / (1 + exp(-x)), each element squashed into (0, 1)",
        forward: { try Pointwise.floating($0, Logistic.self) }, saves: .result,
        derivative: { grad, saved in try BinaryOp.sigmoidBackward(grad, saved.result()) })

    /// `relu`; its derivative reads the result, as PyTorch's `threshold_backward(grad, result, 0)`.
    static let relu = UnaryOp(
        pythonName: "relu", nodeName: "ReluBackward0", summary: "max(x, 0): negative elements become 0",
        forward: { try Pointwise.rectify($0) }, saves: .result,
        derivative: { grad, saved in try BinaryOp.thresholdBackward(grad, saved.result()) })
}

extension BinaryOp {
    /// `tanh_backward(grad_output, output) = grad_output * (1 - output²)`.
    static let tanhBackward: BinaryOp = BinaryOp(
        pythonName: "tanh_backward", nodeName: "TanhBackwardBackward0", summary: nil,
        forward: { try Pointwise.floating($0, $1, TanhGradient.self) },
        lhsNeeds: [.rhs], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, saved in try BinaryOp.tanhBackward(grad, saved.rhs()) },
        rhsDerivative: { grad, saved in
            try grad * (saved.rhs() * Tensor.wrapping(.int(-2)) * saved.lhs())
        })

    /// `sigmoid_backward(grad_output, output) = grad_output * (1 - output) * output`.
    static let sigmoidBackward: BinaryOp = BinaryOp(
        pythonName: "sigmoid_backward", nodeName: "SigmoidBackwardBackward0", summary: nil,
        forward: { try Pointwise.floating($0, $1, SigmoidGradient.self) },
        lhsNeeds: [.rhs], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, saved in try BinaryOp.sigmoidBackward(grad, saved.rhs()) },
        rhsDerivative: { grad, saved in
            let slope = try saved.rhs() * Tensor.wrapping(.int(-2)) + Tensor.wrapping(.int(1))
            return try grad * saved.lhs() * slope
        })

    /// `threshold_backward(grad_output, self, 0)`: the gradient where `self > 0`, else 0.
    static let thresholdBackward: BinaryOp = BinaryOp(
        pythonName: "threshold_backward", nodeName: "ThresholdBackwardBackward0", summary: nil,
        forward: { try Pointwise.floating($0, $1, ThresholdGradient.self) },
        lhsNeeds: [.rhs], rhsNeeds: [],
        lhsDerivative: { grad, saved in try BinaryOp.thresholdBackward(grad, saved.rhs()) },
        rhsDerivative: { grad, _ in try Tensor(zeros: grad.shape, dtype: grad.dtype) })

    /// The derivative ops of the activations, for the gradient checks.
    static let activationBackwards: [BinaryOp] = [.tanhBackward, .sigmoidBackward, .thresholdBackward]
}

/// Computed in double and rounded: PyTorch's float `tanh` agrees with that, not with `tanhf`.
enum HyperbolicTangent: UnaryFormula {
    static func apply<T: FloatElement>(_ x: T) -> T { T(Double.tanh(Double(x))) }
}

enum Logistic: VectorizedFormula {
    static func apply<T: FloatElement>(_ x: T, vectorized: Bool) -> T {
        1 / (1 + (vectorized ? VectorMath.exp(-x) : T.exp(-x)))
    }
}

/// ATen's kernel is compiled with `1 - y * y` fused into one multiply-add.
enum TanhGradient: BinaryFormula {
    static func apply<T: FloatElement>(_ g: T, _ y: T) -> T { g * (1 as T).addingProduct(-y, y) }
}

enum SigmoidGradient: BinaryFormula {
    static func apply<T: FloatElement>(_ g: T, _ y: T) -> T { g * (1 - y) * y }
}

enum ThresholdGradient: BinaryFormula {
    static func apply<T: FloatElement>(_ g: T, _ y: T) -> T { y <= 0 ? 0 : g }
}

extension Pointwise {
    /// `relu` keeps integer dtypes; NaN passes through, as `clamp_min(x, 0)` does.
    static func rectify(_ a: Tensor) throws -> Tensor {
        try a.dtype.dispatch(Rectify(a: a))
    }

    private struct Rectify: DTypeVisitor {
        typealias Output = Tensor
        let a: Tensor

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            try Kernels.map(a, T.self, to: T.dtype) { $0 < 0 ? 0 : $0 }
        }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
            try Kernels.map(a, T.self, to: T.dtype) { Swift.max($0, 0) }
        }
        func boolean() throws -> Tensor { throw TorchError(.notImplementedError, "Boolean inputs not supported for relu") }
    }
}

extension Tensor {
    public func tanh() throws -> Tensor { try UnaryOp.tanh(self) }
    public func sigmoid() throws -> Tensor { try UnaryOp.sigmoid(self) }
    public func relu() throws -> Tensor { try UnaryOp.relu(self) }
}

extension Tensor {
    /// `leaky_relu(x, negative_slope)` (`LeakyReluBackward0`): `x` where positive, else `x * slope`.
    public func leakyRelu(negativeSlope slope: Double) throws -> Tensor {
        let result = try Activation.leakyRelu(self, slope: slope)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Activation.leakyReluRow.record(result, inputs: [self], saving: [self], params: slope)
        return result
    }

    /// `leaky_relu_(x, negative_slope)`: in place, its derivative reading the result (`LeakyReluBackward1`).
    public func leakyReluInPlace(negativeSlope slope: Double) throws {
        try updateInPlace { input in
            let result = try Activation.leakyRelu(input, slope: slope)
            guard GraphRecorder.shouldRecord([input]) else { return result }
            Activation.leakyReluInPlaceRow.record(result, inputs: [input], params: slope)
            return result
        }
    }
}

/// Derivative ops of the parametrised activations.
enum Activation {
    static func leakyRelu(_ x: Tensor, slope: Double) throws -> Tensor {
        try x.dtype.dispatch(LeakyRelu(x: x, slope: slope))
    }

    private struct LeakyRelu: FloatingVisitor {
        typealias Output = Tensor
        let x: Tensor
        let slope: Double

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            let s = T(slope)
            return try Kernels.map(x, T.self, to: T.dtype) { $0 > 0 ? $0 : $0 * s }
        }
        func nonFloating(_ dtype: DType) throws -> Tensor { throw TorchError.notImplemented("leaky_relu_cpu", dtype) }
    }

    /// `leaky_relu_backward(grad, self, slope)` (`LeakyReluBackwardBackward0`).
    static func leakyReluBackward(_ grad: Tensor, _ input: Tensor, slope: Double) throws -> Tensor {
        let dtype = Pointwise.floatingType([grad, input])
        let shape = try Broadcast.shape(grad.shape, input.shape)
        let (g, x) = try (grad.converted(to: dtype), input.converted(to: dtype))
        let result =
            try dtype == .float64
            ? Kernels.zip(g, x, Double.self, shape: shape, to: .float64) { $1 > 0 ? $0 : $0 * slope }
            : Kernels.zip(g, x, Float.self, shape: shape, to: .float32) { $1 > 0 ? $0 : $0 * Float(slope) }
        guard GraphRecorder.shouldRecord([grad, input]) else { return result }
        leakyReluBackwardRow.record(result, inputs: [grad, input], saving: [input], params: slope)
        return result
    }
}
