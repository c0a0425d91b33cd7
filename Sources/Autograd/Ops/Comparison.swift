/// Elementwise comparisons; results are bool tensors and never carry a graph.
public enum Comparison: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// `a (op) b` computed in the promoted dtype, with broadcasting.
    public func compute(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let dtype = TypePromotion.resultType([a, b])
        let shape = try Broadcast.shape(a.shape, b.shape)
        let x = a.dtype == dtype ? a : a.converted(to: dtype)
        let y = b.dtype == dtype ? b : b.converted(to: dtype)
        switch dtype {
        case .float32: return run(x, y, Float.self, shape)
        case .float64: return run(x, y, Double.self, shape)
        case .int64: return run(x, y, Int64.self, shape)
        case .int32: return run(x, y, Int32.self, shape)
        case .bool:
            return run(x.converted(to: .int64), y.converted(to: .int64), Int64.self, shape)
        }
    }

    private func run<T: Comparable>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]) -> Tensor {
        switch self {
        case .equal: Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 == $1 }
        case .notEqual: Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 != $1 }
        case .less: Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 < $1 }
        case .lessOrEqual: Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 <= $1 }
        case .greater: Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 > $1 }
        case .greaterOrEqual: Kernels.zip(x, y, T.self, shape: shape, to: .bool) { $0 >= $1 }
        }
    }
}
