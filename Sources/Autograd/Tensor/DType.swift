/// The element types a tensor can hold, named as PyTorch names them.
public enum DType: Sendable, Hashable, CaseIterable {
    case float32
    case float64
    case int64
    case int32
    case bool

    /// The canonical PyTorch name without the `torch.` prefix (`float32`).
    public var name: String { names.canonical }

    /// c10's scalar type name, which messages print (`Float`, `Long`).
    public var scalarTypeName: String { names.scalarType }

    /// The legacy tensor type name in messages (`torch.FloatTensor`).
    public var legacyTypeName: String { "torch.\(names.scalarType)Tensor" }

    /// C++'s spelling of the element type, which a few checks print (`long int`).
    public var cTypeName: String { names.cType }

    /// The names `torch` binds to this dtype (`float32` and its alias `float`).
    public var pythonNames: [String] { names.alias.map { [names.canonical, $0] } ?? [names.canonical] }

    /// Bytes one element takes in storage (a plain switch: every allocation asks).
    public var itemSize: Int {
        switch self {
        case .float32, .int32: 4
        case .float64, .int64: 8
        case .bool: 1
        }
    }

    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
    public var isIntegral: Bool { self == .int64 || self == .int32 }

    /// The default floating dtype (`torch.get_default_dtype()`), kept per session in `EngineState`.
    public static var defaultFloat: DType {
        get { EngineState.current.defaultFloat }
        set { EngineState.current.defaultFloat = newValue }
    }

    /// The order `torch.promote_types` follows between the supported dtypes (bool lowest; every op asks).
    var promotionRank: Int {
        switch self {
        case .bool: 0
        case .int32: 1
        case .int64: 2
        case .float32: 3
        case .float64: 4
        }
    }

    /// PyTorch's names for one dtype: the one table every message and binding reads.
    struct Names {
        let canonical: String
        let alias: String?
        let scalarType: String
        let cType: String
    }

    private var names: Names {
        switch self {
        case .float32:
            Names(canonical: "float32", alias: "float", scalarType: "Float", cType: "float")
        case .float64:
            Names(canonical: "float64", alias: "double", scalarType: "Double", cType: "double")
        case .int64:
            Names(canonical: "int64", alias: "long", scalarType: "Long", cType: "long int")
        case .int32: Names(canonical: "int32", alias: "int", scalarType: "Int", cType: "int")
        case .bool: Names(canonical: "bool", alias: nil, scalarType: "Bool", cType: "bool")
        }
    }
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
