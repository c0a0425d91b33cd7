/// The forward kernels of the four arithmetic operators, for every dtype.
public enum Arithmetic: Sendable {
    case add, sub, mul, div

    /// `a (op) b` with type promotion and broadcasting; no graph.
    func compute(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        var dtype = TypePromotion.resultType([a, b])
        if self == .div && !dtype.isFloatingPoint { dtype = .defaultFloat }
        let shape = try Broadcast.shape(a.shape, b.shape)
        let x = try a.dtype == dtype ? a : a.converted(to: dtype)
        let y = try b.dtype == dtype ? b : b.converted(to: dtype)
        return try dtype.dispatch(ComputeKernel())(self, x, y, shape)
    }

    /// Picks the specialised loop for a dtype. It holds no operands, so choosing one costs no
    /// reference counting on this, the hottest path of small ops.
    private struct ComputeKernel: DTypeVisitor {
        typealias Output = (Arithmetic, Tensor, Tensor, [Int]) throws -> Tensor
        typealias Failure = Never

        func floating<T: FloatElement>(_: T.Type) -> Output { { try $0.floating($1, $2, T.self, $3) } }
        func integral<T: IntegerElement>(_: T.Type) -> Output { { try $0.integral($1, $2, T.self, $3) } }
        func boolean() -> Output { { try $0.boolean($1, $2, $3) } }
    }

    /// `a (op)= b` in place; `b` must broadcast to `a`'s shape and its dtype is cast to `a`'s.
    func update(_ a: Tensor, with b: Tensor) throws {
        let shape = try Broadcast.shape(a.shape, b.shape)
        if shape != a.shape {
            throw TorchError.runtime(
                "output with shape \(ShapeText.bracketed(a.shape)) doesn't match the broadcast shape \(ShapeText.bracketed(shape))"
            )
        }
        let resultType = TypePromotion.resultType([a, b])
        if TypePromotion.promote(resultType, a.dtype) != a.dtype || (self == .div && !a.dtype.isFloatingPoint) {
            let promoted = self == .div && !resultType.isFloatingPoint ? DType.defaultFloat : resultType
            throw TorchError.runtime(
                "result type \(promoted.scalarTypeName) can't be cast to the desired output type \(a.dtype.scalarTypeName)"
            )
        }
        let y = try b.dtype == a.dtype ? b : b.converted(to: a.dtype)
        try a.dtype.dispatch(Update(op: self, a: a, y: y))
    }

    private struct Update: DTypeVisitor {
        typealias Output = Void
        let op: Arithmetic
        let a: Tensor
        let y: Tensor

        func floating<T: FloatElement>(_: T.Type) throws { try op.updateFloating(a, y, T.self) }
        func integral<T: IntegerElement>(_: T.Type) throws { try op.updateIntegral(a, y, T.self) }
        func boolean() throws {
            if op == .mul {
                try Kernels.update(a, with: y, Bool.self) { $0 && $1 }
            } else {
                try Kernels.update(a, with: y, Bool.self) { $0 || $1 }
            }
        }
    }

    // Each operator gets its own specialised loop: a closure chosen at run time would be called
    // once per element. Floating ones are formula types, so their loops can use the pool's threads.
    fileprivate func updateFloating<T: FloatElement>(_ a: Tensor, _ y: Tensor, _: T.Type) throws {
        switch self {
        case .add: try Kernels.update(a, with: y, T.self, Plus.self)
        case .sub: try Kernels.update(a, with: y, T.self, Minus.self)
        case .mul: try Kernels.update(a, with: y, T.self, Times.self)
        case .div: try Kernels.update(a, with: y, T.self, Over.self)
        }
    }

    fileprivate func updateIntegral<T: FixedWidthInteger>(_ a: Tensor, _ y: Tensor, _: T.Type) throws {
        switch self {
        case .add: try Kernels.update(a, with: y, T.self) { $0 &+ $1 }
        case .sub: try Kernels.update(a, with: y, T.self) { $0 &- $1 }
        case .mul: try Kernels.update(a, with: y, T.self) { $0 &* $1 }
        case .div: try Kernels.update(a, with: y, T.self) { Arithmetic.divide($0, $1) }
        }
    }

    /// C's truncating division without traps: 0 for a zero divisor, `min / -1` wraps.
    @inline(__always)
    static func divide<T: FixedWidthInteger>(_ a: T, _ b: T) -> T {
        b == 0 ? 0 : (a == .min && b == -1 ? a : a / b)
    }

    fileprivate func floating<T: FloatElement>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]) throws -> Tensor {
        switch self {
        case .add: try Kernels.zip(x, y, T.self, shape: shape, Plus.self)
        case .sub: try Kernels.zip(x, y, T.self, shape: shape, Minus.self)
        case .mul: try Kernels.zip(x, y, T.self, shape: shape, Times.self)
        case .div: try Kernels.zip(x, y, T.self, shape: shape, Over.self)
        }
    }

    fileprivate func integral<T: IntegerElement>(
        _ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]
    ) throws -> Tensor {
        switch self {
        case .add: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 &+ $1 }
        case .sub: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 &- $1 }
        case .mul: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 &* $1 }
        case .div: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { Arithmetic.divide($0, $1) }
        }
    }

    fileprivate func boolean(_ x: Tensor, _ y: Tensor, _ shape: [Int]) throws -> Tensor {
        switch self {
        case .add: return try Kernels.zip(x, y, Bool.self, shape: shape, to: .bool) { $0 || $1 }
        case .mul: return try Kernels.zip(x, y, Bool.self, shape: shape, to: .bool) { $0 && $1 }
        case .sub:
            throw TorchError.runtime(
                "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead."
            )
        case .div: return try Kernels.zip(x, y, Bool.self, shape: shape, to: .bool) { $0 && $1 }
        }
    }
}

/// Spellings of shapes and tensor types inside PyTorch messages.
public enum ShapeText {
    public static func bracketed(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

}

extension Arithmetic {
    /// The four floating operators as formulas (`RangedFormula` says why types).
    enum Plus: BinaryFormula {
        @inline(__always) static func apply<T: FloatElement>(_ a: T, _ b: T) -> T { a + b }
    }

    enum Minus: BinaryFormula {
        @inline(__always) static func apply<T: FloatElement>(_ a: T, _ b: T) -> T { a - b }
    }

    enum Times: BinaryFormula {
        @inline(__always) static func apply<T: FloatElement>(_ a: T, _ b: T) -> T { a * b }
    }

    enum Over: BinaryFormula {
        @inline(__always) static func apply<T: FloatElement>(_ a: T, _ b: T) -> T { a / b }
    }
}
