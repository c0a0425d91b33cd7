/// The element types a tensor can hold, named as PyTorch names them.
public enum DType: Sendable, Hashable, CaseIterable {
    case float32
    case float64
    case int64
    case int32
    case bool

    /// The canonical PyTorch name without the `torch.` prefix (`float32`).
    public var name: String {
        switch self {
        case .float32: "float32"
        case .float64: "float64"
        case .int64: "int64"
        case .int32: "int32"
        case .bool: "bool"
        }
    }

    /// Bytes one element takes in storage.
    public var itemSize: Int {
        switch self {
        case .float32, .int32: 4
        case .float64, .int64: 8
        case .bool: 1
        }
    }

    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
    public var isIntegral: Bool { self == .int64 || self == .int32 }

    /// The default floating dtype (`torch.get_default_dtype()`).
    public static let defaultFloat: DType = .float32
}

/// One element read out of a tensor, exactly as stored.
///
/// Floating values are widened exactly to `Double`; integers keep all 64 bits.
public enum Scalar: Sendable, Equatable {
    case float(Double)
    case int(Int64)
    case bool(Bool)

    public var doubleValue: Double {
        switch self {
        case .float(let v): v
        case .int(let v): Double(v)
        case .bool(let v): v ? 1 : 0
        }
    }
}
