/// A Swift type that can be stored in a tensor.
protocol TensorElement {
    static var dtype: DType { get }
    init(scalar: Scalar)
    var scalar: Scalar { get }
}

/// A tensor element with ring arithmetic (everything but `Bool`).
protocol NumericElement: TensorElement, Numeric, Comparable {}

/// A floating tensor element.
protocol FloatElement: NumericElement, BinaryFloatingPoint, ElementaryMath, VectorKernelElement, RandomFloat, BLASElement {}

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
    init(scalar: Scalar) { self = Int32(truncatingIfNeeded: Int64(scalar: scalar)) }
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
    /// Converts like C's cast for in-range values; never traps (NaN gives 0, out of range clamps).
    init(clampingDouble v: Double) {
        if v.isNaN {
            self = 0
        } else if v >= 9.2233720368547758e18 {
            self = .max
        } else if v < -9.2233720368547758e18 {
            self = .min
        } else {
            self = Int64(v)
        }
    }
}

/// An integral tensor element (`Int64`, `Int32`): wrapping arithmetic, C's division.
protocol IntegerElement: NumericElement, FixedWidthInteger {}

extension Int64: IntegerElement {}
extension Int32: IntegerElement {}
