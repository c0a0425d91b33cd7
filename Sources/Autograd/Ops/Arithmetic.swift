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
        switch dtype {
        case .float32: return try floating(x, y, Float.self, shape)
        case .float64: return try floating(x, y, Double.self, shape)
        case .int64: return try integral(x, y, Int64.self, shape)
        case .int32: return try integral(x, y, Int32.self, shape)
        case .bool: return try boolean(x, y, shape)
        }
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
                "result type \(ShapeText.typeName(promoted)) can't be cast to the desired output type \(ShapeText.typeName(a.dtype))"
            )
        }
        let y = try b.dtype == a.dtype ? b : b.converted(to: a.dtype)
        switch a.dtype {
        case .float32: try updateFloating(a, y, Float.self)
        case .float64: try updateFloating(a, y, Double.self)
        case .int64: try updateIntegral(a, y, Int64.self)
        case .int32: try updateIntegral(a, y, Int32.self)
        case .bool:
            if self == .mul {
                try Kernels.update(a, with: y, Bool.self) { $0 && $1 }
            } else {
                try Kernels.update(a, with: y, Bool.self) { $0 || $1 }
            }
        }
    }

    // Each operator gets its own specialised loop: a closure chosen at run time would be called
    // once per element.
    private func updateFloating<T: FloatElement>(_ a: Tensor, _ y: Tensor, _: T.Type) throws {
        switch self {
        case .add: try Kernels.update(a, with: y, T.self) { $0 + $1 }
        case .sub: try Kernels.update(a, with: y, T.self) { $0 - $1 }
        case .mul: try Kernels.update(a, with: y, T.self) { $0 * $1 }
        case .div: try Kernels.update(a, with: y, T.self) { $0 / $1 }
        }
    }

    private func updateIntegral<T: FixedWidthInteger>(_ a: Tensor, _ y: Tensor, _: T.Type) throws {
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

    private func floating<T: FloatElement>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]) throws -> Tensor {
        switch self {
        case .add: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 + $1 }
        case .sub: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 - $1 }
        case .mul: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 * $1 }
        case .div: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 / $1 }
        }
    }

    private func integral<T: NumericElement & FixedWidthInteger>(
        _ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]
    ) throws -> Tensor {
        switch self {
        case .add: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 &+ $1 }
        case .sub: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 &- $1 }
        case .mul: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { $0 &* $1 }
        case .div: try Kernels.zip(x, y, T.self, shape: shape, to: T.dtype) { Arithmetic.divide($0, $1) }
        }
    }

    private func boolean(_ x: Tensor, _ y: Tensor, _ shape: [Int]) throws -> Tensor {
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
enum ShapeText {
    static func bracketed(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// The legacy tensor type name in messages (`torch.FloatTensor`).
    static func legacyTypeName(_ dtype: DType) -> String {
        "torch.\(typeName(dtype))Tensor"
    }

    static func typeName(_ dtype: DType) -> String {
        switch dtype {
        case .float32: "Float"
        case .float64: "Double"
        case .int64: "Long"
        case .int32: "Int"
        case .bool: "Bool"
        }
    }
}
