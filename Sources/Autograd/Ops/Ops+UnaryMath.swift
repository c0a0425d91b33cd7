/// Elementary functions of one tensor, each declared once (derivatives from PyTorch's `derivatives.yaml`).
extension UnaryOp {
    static let abs = UnaryOp(
        pythonName: "abs", nodeName: "AbsBackward0", summary: "|x|, the absolute value of each element",
        forward: { try Pointwise.absolute($0) }, saves: .input,
        derivative: { grad, saved in try grad * saved.input().sgn() })

    /// `sgn` of a real tensor is `sign`; its derivative is zero away from 0. PyTorch's node saves
    /// the input and the result (`sgn_backward(self, grad, result)`), so a second backward raises.
    static let sgn = UnaryOp(
        pythonName: "sgn", nodeName: "SgnBackward0", summary: "the sign of each element (same as sign for real tensors)",
        forward: { try Pointwise.signum($0) }, saves: .both,
        derivative: { grad, saved in try Tensor(zeros: saved.input().shape, dtype: grad.dtype) })

    static let sign = UnaryOp(
        pythonName: "sign", nodeName: "SignBackward0", summary: "-1, 0 or 1 by the sign of each element; its gradient is 0",
        forward: { try Pointwise.signum($0) }, saves: .nothing,
        derivative: { grad, _ in try Tensor(zeros: grad.shape, dtype: grad.dtype) })

    static let sqrt = UnaryOp(
        pythonName: "sqrt", nodeName: "SqrtBackward0", summary: "the square root of each element (nan below 0)",
        forward: { try Pointwise.transcendental($0, .sqrt, SquareRoot.self) }, saves: .result,
        derivative: { grad, saved in try grad / (saved.result() * Tensor.wrapping(.int(2))) }, domain: 0.5...1.5)

    static let rsqrt = UnaryOp(
        pythonName: "rsqrt", nodeName: "RsqrtBackward0", summary: "1 / sqrt(x) for each element",
        forward: { try Pointwise.floating($0, ReciprocalSquareRoot.self) }, saves: .result,
        derivative: { grad, saved in try grad * Tensor.wrapping(.float(-0.5)) * saved.result().pow(.int(3)) }, domain: 0.5...1.5)

    static let log1p = UnaryOp(
        pythonName: "log1p", nodeName: "Log1PBackward0", summary: "log(1 + x), accurate even when x is tiny",
        forward: { try Pointwise.floating($0, LogOnePlus.self) }, saves: .input,
        derivative: { grad, saved in try grad / (saved.input() + Tensor.wrapping(.int(1))) }, domain: 0.5...1.5)
}

enum SquareRoot: UnaryFormula {
    static func apply<T: FloatElement>(_ x: T) -> T { x.squareRoot() }
}

enum ReciprocalSquareRoot: UnaryFormula {
    static func apply<T: FloatElement>(_ x: T) -> T { 1 / x.squareRoot() }
}

/// Computed in double and rounded, which is what PyTorch's float `log1p` agrees with.
enum LogOnePlus: UnaryFormula {
    static func apply<T: FloatElement>(_ x: T) -> T { T(Double.log1p(Double(x))) }
}

extension Pointwise {
    /// `abs` keeps the dtype; PyTorch has no kernel for bool.
    static func absolute(_ a: Tensor) throws -> Tensor {
        try a.dtype.dispatch(Absolute(a: a))
    }

    private struct Absolute: DTypeVisitor {
        typealias Output = Tensor
        let a: Tensor

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { Swift.abs($0) } }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
            try Kernels.map(a, T.self, to: T.dtype) { $0 < 0 ? 0 &- $0 : $0 }
        }
        func boolean() throws -> Tensor { throw TorchError.notImplemented("abs_cpu", .bool) }
    }

    /// `sign`: -1, 0 or 1 in the input's dtype (0 for NaN and for both zeros, as PyTorch).
    static func signum(_ a: Tensor) throws -> Tensor {
        try a.dtype.dispatch(Signum(a: a))
    }

    private struct Signum: NumericVisitor {
        typealias Output = Tensor
        let a: Tensor

        func numeric<T: NumericElement>(_: T.Type) throws -> Tensor {
            try Kernels.map(a, T.self, to: T.dtype) { x -> T in x > 0 ? 1 : (x < 0 ? 0 - 1 : 0) }
        }
        func boolean() throws -> Tensor { try Kernels.map(a, Bool.self, to: .bool) { $0 } }
    }
}

extension Tensor {
    public func abs() throws -> Tensor { try UnaryOp.abs(self) }
    public func sgn() throws -> Tensor { try UnaryOp.sgn(self) }
    public func sqrt() throws -> Tensor { try UnaryOp.sqrt(self) }
    public func rsqrt() throws -> Tensor { try UnaryOp.rsqrt(self) }
    public func log1p() throws -> Tensor { try UnaryOp.log1p(self) }
}
