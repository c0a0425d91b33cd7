#if canImport(Glibc)
    import Glibc
#endif

extension Tensor {
    /// `self ** exponent` for a Python-number exponent (PyTorch's `PowBackward0`).
    public func pow(_ exponent: Scalar) throws -> Tensor {
        // An int exponent on an int tensor is read as the tensor's type (`checked_convert`).
        if dtype.isIntegral, case .int = exponent { _ = try exponent.checkedConvert(to: dtype) }
        let result = try Power.forward(self, exponent)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Power.scalarExponent.record(result, inputs: [self], saving: [self], params: exponent)
        return result
    }
}

/// The forward kernel of `pow`, with ATen's fast paths for common exponents.
enum Power {
    static func forward(_ a: Tensor, _ exponent: Scalar) throws -> Tensor {
        let wrapped = Tensor.wrapping(exponent)
        let dtype = TypePromotion.resultType([a, wrapped])
        let x = try a.dtype == dtype ? a : a.converted(to: dtype)
        return try dtype.dispatch(ScalarPower(x: x, exponent: exponent))
    }

    private struct ScalarPower: DTypeVisitor {
        typealias Output = Tensor
        let x: Tensor
        let exponent: Scalar

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor { try Power.floating(x, exponent.doubleValue, T.self) }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor { try Power.integral(x, exponent, T.self) }
        func boolean() throws -> Tensor { try Power.integral(x.converted(to: .int64), exponent, Int64.self) }
    }

    static func decrement(_ exponent: Scalar) -> Scalar {
        switch exponent {
        case .float(let v): .float(v - 1)
        case .int(let v): .int(v &- 1)
        case .bool(let v): .int(v ? 0 : -1)
        }
    }

    /// ATen's `pow_out`: exponent 0 fills ones and 1 copies (both exact); 2, 3, ±0.5, -1 and -2
    /// take its optimised kernels; anything else is `std::pow(base, double(exponent))`, which for
    /// float32 computes in double and rounds once (the exponent is never rounded to float).
    /// ATen's vector lanes use SLEEF's `pow` instead (docs/fidelity.md).
    fileprivate static func floating<T: FloatElement>(_ x: Tensor, _ e: Double, _: T.Type) throws -> Tensor {
        switch e {
        // The result type is spelled out: `{ _ in 1 }` alone would make it Int and write 8-byte ints.
        case 0: return try Kernels.map(x, T.self, to: T.dtype) { _ -> T in 1 }
        case 1: return try Kernels.map(x, T.self, to: T.dtype) { $0 }
        case 2: return try Kernels.map(x, T.self, to: T.dtype) { $0 * $0 }
        case 3: return try Kernels.map(x, T.self, to: T.dtype) { $0 * $0 * $0 }
        case 0.5: return try Kernels.map(x, T.self, to: T.dtype) { $0.squareRoot() }
        case -0.5: return try Kernels.map(x, T.self, to: T.dtype) { 1 / $0.squareRoot() }
        case -1: return try Kernels.map(x, T.self, to: T.dtype) { 1 / $0 }
        case -2: return try Kernels.map(x, T.self, to: T.dtype) { 1 / ($0 * $0) }
        default: return try Kernels.map(x, T.self, to: T.dtype) { T(Glibc.pow(Double($0), e)) }
        }
    }

    fileprivate static func integral<T: IntegerElement>(
        _ x: Tensor, _ exponent: Scalar, _: T.Type
    ) throws -> Tensor {
        guard case .int(let e) = exponent else {
            return try floating(x.converted(to: .float32), exponent.doubleValue, Float.self)
        }
        if e < 0 {
            throw TorchError.runtime("Integers to negative integer powers are not allowed.")
        }
        return try Kernels.map(x, T.self, to: T.dtype) { integerPower($0, e) }
    }
}

extension Tensor {
    /// `self ** exponent` for a tensor exponent (`PowBackward1`).
    public func pow(_ exponent: Tensor) throws -> Tensor {
        let result = try Power.forward(self, exponent)
        guard GraphRecorder.shouldRecord([self, exponent]) else { return result }
        Power.tensorExponent.record(
            result, inputs: [self, exponent], saving: [self, exponent],
            params: (base: (shape, dtype), exponent: (exponent.shape, exponent.dtype)))
        return result
    }

    /// `base ** exponent` for a Python-number base (`PowBackward2`).
    public static func pow(base: Scalar, exponent: Tensor) throws -> Tensor {
        let result = try Power.forward(Tensor.wrapping(base), exponent)
        guard GraphRecorder.shouldRecord([exponent]) else { return result }
        Power.scalarBase.record(result, inputs: [exponent], saving: [exponent], params: base)
        return result
    }
}

extension Power {
    /// Elementwise `a ** b` of two tensors with promotion and broadcasting.
    static func forward(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let o = try BinaryOperands(a, b)
        return try o.dtype.dispatch(TensorPower(o: o))
    }

    private struct TensorPower: DTypeVisitor {
        typealias Output = Tensor
        /// Held whole and read in place, so building the visitor retains nothing more.
        let o: BinaryOperands

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { T.pow($0, $1) }
        }
        func integral<T: IntegerElement>(_: T.Type) throws -> Tensor {
            try Kernels.zip(o.x, o.y, T.self, shape: o.shape, to: T.dtype) { integerPower($0, $1) }
        }
        func boolean() throws -> Tensor {
            let ints = try Kernels.zip(
                o.x.converted(to: .int64), o.y.converted(to: .int64), Int64.self, shape: o.shape, to: .int64
            ) {
                integerPower($0, $1)
            }
            return try ints.converted(to: .bool)
        }
    }

    /// ATen's integer power: negative exponents give 0 except for bases 1 and -1.
    static func integerPower<T: FixedWidthInteger, E: FixedWidthInteger>(_ base: T, _ exponent: E) -> T {
        if exponent < 0 {
            if base == 1 { return 1 }
            if base == -1 { return exponent & 1 == 0 ? 1 : -1 }
            return 0
        }
        var result: T = 1
        var b = base
        var n = exponent
        while n > 0 {
            if n & 1 == 1 { result = result &* b }
            b = b &* b
            n >>= 1
        }
        return result
    }

    /// `pow_backward_self`: `where(exponent == 0, 0, grad * exponent * base ** (exponent - 1))`.
    static func baseGradient(_ grad: Tensor, _ base: Tensor, _ exponent: Tensor) throws -> Tensor {
        let local = try exponent * base.pow(exponent - Tensor.wrapping(.int(1)))
        let isZero = try Comparison.equal.compute(exponent, .wrapping(.int(0)))
        return try Tensor.where(isZero, .wrapping(.int(0)), grad * local)
    }

    /// `pow_backward_exponent`: `grad * where(base == 0 and exponent >= 0, 0, result * log(base))`.
    static func exponentGradient(_ grad: Tensor, _ base: Tensor, _ exponent: Tensor, _ result: Tensor) throws -> Tensor {
        let zeroBase = try Comparison.equal.compute(base, .wrapping(.int(0)))
        let nonNegative = try Comparison.greaterOrEqual.compute(exponent, .wrapping(.int(0)))
        let skip = try Arithmetic.mul.compute(zeroBase, nonNegative)
        let promoted = TypePromotion.resultType([base, exponent])
        let logBase = try (base.dtype == promoted ? base : base.to(promoted)).log()
        return try grad * Tensor.where(skip, .wrapping(.int(0)), result * logBase)
    }
}
