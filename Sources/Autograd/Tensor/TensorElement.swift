/// A Swift type that can be stored in a tensor.
protocol TensorElement {
    static var dtype: DType { get }
    init(scalar: Scalar)
    var scalar: Scalar { get }
}

/// A tensor element with ring arithmetic (everything but `Bool`).
protocol NumericElement: TensorElement, Numeric, Comparable {}

/// A floating tensor element.
protocol FloatElement:
    NumericElement, BinaryFloatingPoint, ElementaryMath, VectorKernelElement, UpdateLoopElement, RandomFloat, BLASElement
{}

extension Float: FloatElement {
    static var dtype: DType { .float32 }
    init(scalar: Scalar) { self = Float(scalar.doubleValue) }
    var scalar: Scalar { .float(Double(self)) }
}

extension Double: FloatElement {
    static var dtype: DType { .float64 }
    init(scalar: Scalar) { self = scalar.doubleValue }
    var scalar: Scalar { .float(self) }
}

extension Int64: NumericElement {
    static var dtype: DType { .int64 }
    init(scalar: Scalar) {
        switch scalar {
        case .int(let v): self = v
        case .bool(let v): self = v ? 1 : 0
        case .float(let v): self = Int64(clampingDouble: v)
        }
    }
    var scalar: Scalar { .int(self) }
}

extension Int32: NumericElement {
    static var dtype: DType { .int32 }
    init(scalar: Scalar) {
        if case .float(let v) = scalar {
            // As x86's float-to-int32 conversion, which PyTorch's casts use: NaN and values out of
            // range become the "integer indefinite" value, Int32.min.
            self = v > -2_147_483_649.0 && v < 2_147_483_648.0 ? Int32(v) : .min
        } else {
            self = Int32(truncatingIfNeeded: Int64(scalar: scalar))
        }
    }
    var scalar: Scalar { .int(Int64(self)) }
}

extension Bool: TensorElement {
    static var dtype: DType { .bool }
    init(scalar: Scalar) {
        switch scalar {
        case .int(let v): self = v != 0
        case .bool(let v): self = v
        case .float(let v): self = v != 0
        }
    }
    var scalar: Scalar { .bool(self) }
}

extension Int64 {
    /// Converts as x86's float-to-int64 conversion does, which PyTorch's casts use: in-range values
    /// truncate toward zero; NaN, infinities and values out of range become the "integer
    /// indefinite" value, Int64.min (`torch.tensor(float('nan')).long()` is -9223372036854775808).
    /// Never traps.
    init(clampingDouble v: Double) {
        self = v >= -9.2233720368547758e18 && v < 9.2233720368547758e18 ? Int64(v) : .min
    }
}

/// An integral tensor element (`Int64`, `Int32`): wrapping arithmetic, C's division.
protocol IntegerElement: NumericElement, FixedWidthInteger {}

extension Int64: IntegerElement {}
extension Int32: IntegerElement {}
