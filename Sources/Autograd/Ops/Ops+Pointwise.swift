/// The arithmetic operators, each declared once.
extension BinaryOp {
    static let add = BinaryOp(
        pythonName: "add", nodeName: "AddBackward0",
        summary: "Elementwise sum with other (a tensor or a number), broadcasting shapes;\nthe same as `+`.",
        forward: { try Arithmetic.add.compute($0, $1) },
        lhsNeeds: [], rhsNeeds: [],
        lhsDerivative: { grad, _ in grad },
        rhsDerivative: { grad, _ in grad })

    static let sub = BinaryOp(
        pythonName: "sub", nodeName: "SubBackward0", summary: "Elementwise difference, the same as `-`.",
        forward: { try Arithmetic.sub.compute($0, $1) },
        lhsNeeds: [], rhsNeeds: [],
        lhsDerivative: { grad, _ in grad },
        rhsDerivative: { grad, _ in try grad.negated() })

    /// `2 - x`: PyTorch records the reversed subtraction as its own node.
    static let rsub = BinaryOp(
        pythonName: "rsub", nodeName: "RsubBackward1", summary: nil,
        forward: { try Arithmetic.sub.compute($1, $0) },
        lhsNeeds: [], rhsNeeds: [],
        lhsDerivative: { grad, _ in try grad.negated() },
        rhsDerivative: { grad, _ in grad })

    static let mul = BinaryOp(
        pythonName: "mul", nodeName: "MulBackward0",
        summary: "Elementwise product, the same as `*` (not a matrix product: see matmul).",
        forward: { try Arithmetic.mul.compute($0, $1) },
        lhsNeeds: [.rhs], rhsNeeds: [.lhs],
        lhsDerivative: { grad, saved in try grad * saved.rhs() },
        rhsDerivative: { grad, saved in try grad * saved.lhs() })

    static let div = BinaryOp(
        pythonName: "div", nodeName: "DivBackward0", summary: "Elementwise true division, the same as `/`; ints give floats.",
        forward: { try Arithmetic.div.compute($0, $1) },
        lhsNeeds: [.rhs], rhsNeeds: [.lhs, .rhs],
        lhsDerivative: { grad, saved in try grad / saved.rhs() },
        rhsDerivative: { grad, saved in
            let b = try saved.rhs()
            return try grad.negated() * saved.lhs() / (b * b)
        }, domain: 0.5...1.5)

    /// Every declared binary op, for the gradient checks.
    static let all: [BinaryOp] = [.add, .sub, .rsub, .mul, .div, .maximum, .minimum, .atan2]
}

/// Pointwise functions of one tensor, each declared once.
extension UnaryOp {
    static let neg = UnaryOp(
        pythonName: "neg", nodeName: "NegBackward0", summary: "-x, each element negated",
        forward: { try Pointwise.negate($0) }, saves: .nothing,
        derivative: { grad, _ in try grad.negated() })

    static let exp = UnaryOp(
        pythonName: "exp", nodeName: "ExpBackward0", summary: "e**x, the exponential of each element",
        forward: { try Pointwise.exponential($0) }, saves: .result,
        derivative: { grad, saved in try grad * saved.result() })

    static let log = UnaryOp(
        pythonName: "log", nodeName: "LogBackward0", summary: "the natural logarithm of each element (nan below 0, -inf at 0)",
        forward: { try Pointwise.transcendental($0, .ln, Float.log, Double.log) }, saves: .input,
        derivative: { grad, saved in try grad / saved.input() }, domain: 0.5...1.5)

    static let sin = UnaryOp(
        pythonName: "sin", nodeName: "SinBackward0", summary: "the sine of each element (radians)",
        forward: { try Pointwise.transcendental($0, .sin, Float.sin, Double.sin) }, saves: .input,
        derivative: { grad, saved in try grad * saved.input().cos() })

    static let cos = UnaryOp(
        pythonName: "cos", nodeName: "CosBackward0", summary: "the cosine of each element (radians)",
        forward: { try Pointwise.transcendental($0, .cos, Float.cos, Double.cos) }, saves: .input,
        derivative: { grad, saved in try grad * saved.input().sin().negated() })

    static let reciprocal = UnaryOp(
        pythonName: "reciprocal", nodeName: "ReciprocalBackward0", summary: "1 / x for each element (ints give floats)",
        forward: { try Power.forward($0.dtype.isFloatingPoint ? $0 : $0.converted(to: .float32), .int(-1)) },
        saves: .result,
        derivative: { grad, saved in
            let r = try saved.result()
            return try grad * (r * r).negated()
        }, domain: 0.5...1.5)

    /// Every declared unary op, for the gradient checks and the language bindings.
    static let all: [UnaryOp] =
        [
            .neg, .exp, .log, .sin, .cos, .reciprocal, .abs, .sgn, .sign, .sqrt, .rsqrt, .log1p, .tanh, .sigmoid, .relu,
        ] + trigonometric + rounding
}

/// Forward kernels of pointwise functions.
enum Pointwise {
    /// Applies a floating function; integer and bool inputs compute in the default float dtype.
    static func floating(
        _ a: Tensor, _ f32: (Float) -> Float, _ f64: (Double) -> Double
    ) throws -> Tensor {
        try a.dtype == .float64
            ? Kernels.map(a, Double.self, to: .float64, f64)
            : Kernels.map(a.dtype == .float32 ? a : a.converted(to: .float32), Float.self, to: .float32, f32)
    }

    /// `exp`: VML under the MKL backend; otherwise float32 through the vector kernel (glibc's `expf`, vectorised), float64 with the C library.
    static func exponential(_ a: Tensor) throws -> Tensor {
        if MKL.isActive { return try vml(a, .exp) }
        guard a.dtype != .float64 else { return try Kernels.map(a, Double.self, to: .float64, Double.exp) }
        let source = try a.dtype == .float32 ? a.contiguousData() : a.converted(to: .float32)
        let out = try Tensor(uninitialized: a.shape, dtype: .float32)
        let (src, dst) = (UnsafePointer(source.pointer(Float.self) + source.offset), out.pointer(Float.self))
        try withExtendedLifetime(source) {
            try Parallel.forEachPiece(out.numel) { p, _ in
                Float.exponentials(src + p.lowerBound, dst + p.lowerBound, count: p.count)
            }
        }
        return out
    }

    static func negate(_ a: Tensor) throws -> Tensor {
        try a.dtype.dispatch(Negate(a: a))
    }

    private struct Negate: DTypeVisitor {
        typealias Output = Tensor
        let a: Tensor

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { -$0 } }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try Kernels.map(a, T.self, to: T.dtype) { 0 &- $0 } }
        func boolean() throws -> Tensor {
            throw TorchError(
                .notImplementedError,
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."
            )
        }
    }
}

extension Tensor {
    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try BinaryOp.add(a, b) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try BinaryOp.sub(a, b) }
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try BinaryOp.mul(a, b) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try BinaryOp.div(a, b) }

    public func negated() throws -> Tensor { try UnaryOp.neg(self) }
    public func exp() throws -> Tensor { try UnaryOp.exp(self) }
    public func log() throws -> Tensor { try UnaryOp.log(self) }
    public func sin() throws -> Tensor { try UnaryOp.sin(self) }
    public func cos() throws -> Tensor { try UnaryOp.cos(self) }
    public func reciprocal() throws -> Tensor { try UnaryOp.reciprocal(self) }
    /// `other - self` (`RsubBackward1`), for `2 - x`.
    public func reverseSubtracting(_ other: Tensor) throws -> Tensor { try BinaryOp.rsub(self, other) }
    /// The Python names of every declared unary op (bound as `torch.NAME` and `Tensor.NAME`).
    public static var unaryOperationNames: [String] { UnaryOp.all.map(\.pythonName) }
    /// The Python names of every declared binary op.
    public static var binaryOperationNames: [String] { BinaryOp.all.map(\.pythonName) }
    /// Looks up a declared unary op by its Python name (`exp`, `log`, …).
    public static func unaryOperation(named name: String) -> ((Tensor) throws -> Tensor)? {
        guard let op = UnaryOp.all.first(where: { $0.pythonName == name }) else { return nil }
        return { try op($0) }
    }
    /// Looks up a declared binary op by its Python name (`add`, `mul`, …).
    public static func binaryOperation(named name: String) -> ((Tensor, Tensor) throws -> Tensor)? {
        guard let op = BinaryOp.all.first(where: { $0.pythonName == name }) else { return nil }
        return { try op($0, $1) }
    }

    /// `self + other` out of place (used by the engine to sum gradients).
    func adding(_ other: Tensor) throws -> Tensor { try BinaryOp.add(self, other) }

    /// `self += other` with no graph, for gradient accumulation.
    func addInPlaceRaw(_ other: Tensor) throws { try Arithmetic.add.update(self, with: other) }
}
