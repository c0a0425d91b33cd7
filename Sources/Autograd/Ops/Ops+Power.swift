#if canImport(Glibc)
    import Glibc
#endif

extension Tensor {
    /// `self ** exponent` for a Python-number exponent (PyTorch's `PowBackward0`).
    public func pow(_ exponent: Scalar) throws -> Tensor {
        let result = try Power.forward(self, exponent)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        let shape = shape
        GraphRecorder.record(result, name: "PowBackward0", inputs: [self], saving: [self]) { grad, context in
            let input = try context.saved(0)
            if exponent.doubleValue == 0 { return [Tensor(zeros: shape, dtype: input.dtype)] }
            let lowered = Power.decrement(exponent)
            let local = try input.pow(lowered) * Tensor.wrapping(exponent)
            return [try grad * local]
        }
        return result
    }
}

/// The forward kernel of `pow`, with ATen's fast paths for common exponents.
enum Power {
    static func forward(_ a: Tensor, _ exponent: Scalar) throws -> Tensor {
        let wrapped = Tensor.wrapping(exponent)
        let dtype = TypePromotion.resultType([a, wrapped])
        let x = a.dtype == dtype ? a : a.converted(to: dtype)
        let e = exponent.doubleValue
        switch dtype {
        case .float32: return floating(x, Float(e), Float.self)
        case .float64: return floating(x, e, Double.self)
        case .int64: return try integral(x, exponent, Int64.self)
        case .int32: return try integral(x, exponent, Int32.self)
        case .bool: return try integral(x.converted(to: .int64), exponent, Int64.self)
        }
    }

    static func decrement(_ exponent: Scalar) -> Scalar {
        switch exponent {
        case .float(let v): .float(v - 1)
        case .int(let v): .int(v &- 1)
        case .bool(let v): .int(v ? 0 : -1)
        }
    }

    private static func floating<T: FloatElement>(_ x: Tensor, _ e: T, _: T.Type) -> Tensor {
        switch e {
        case 2: return Kernels.map(x, T.self, to: T.dtype) { $0 * $0 }
        case 3: return Kernels.map(x, T.self, to: T.dtype) { $0 * $0 * $0 }
        case 0.5: return Kernels.map(x, T.self, to: T.dtype) { $0.squareRoot() }
        case -0.5: return Kernels.map(x, T.self, to: T.dtype) { 1 / $0.squareRoot() }
        case -1: return Kernels.map(x, T.self, to: T.dtype) { 1 / $0 }
        case -2: return Kernels.map(x, T.self, to: T.dtype) { 1 / ($0 * $0) }
        default: return Kernels.map(x, T.self, to: T.dtype) { T.pow($0, e) }
        }
    }

    private static func integral<T: NumericElement & FixedWidthInteger>(
        _ x: Tensor, _ exponent: Scalar, _: T.Type
    ) throws -> Tensor {
        guard case .int(let e) = exponent else {
            return floating(x.converted(to: .float32), Float(exponent.doubleValue), Float.self)
        }
        if e < 0 {
            throw TorchError.runtime("Integers to negative integer powers are not allowed.")
        }
        return Kernels.map(x, T.self, to: T.dtype) { base in
            var result: T = 1
            var b = base
            var n = e
            while n > 0 {
                if n & 1 == 1 { result = result &* b }
                b = b &* b
                n >>= 1
            }
            return result
        }
    }
}
