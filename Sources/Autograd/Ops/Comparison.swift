/// Elementwise comparisons; results are bool tensors and never carry a graph.
public enum Comparison: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// `a (op) b` computed in the promoted dtype, with broadcasting.
    public func compute(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let dtype = TypePromotion.resultType([a, b])
        let shape = try Broadcast.shape(a.shape, b.shape)
        let x = try a.dtype == dtype ? a : a.converted(to: dtype)
        let y = try b.dtype == dtype ? b : b.converted(to: dtype)
        switch dtype {
        case .float32: return try run(x, y, Float.self, shape)
        case .float64: return try run(x, y, Double.self, shape)
        case .int64: return try run(x, y, Int64.self, shape)
        case .int32: return try run(x, y, Int32.self, shape)
        case .bool:
            return try run(x.converted(to: .int64), y.converted(to: .int64), Int64.self, shape)
        }
    }

    private func run<T: Comparable>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]) throws -> Tensor {
        switch self {
        case .equal: try Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 == $1 }
        case .notEqual: try Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 != $1 }
        case .less: try Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 < $1 }
        case .lessOrEqual: try Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 <= $1 }
        case .greater: try Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 > $1 }
        case .greaterOrEqual: try Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 >= $1 }
        }
    }
}
