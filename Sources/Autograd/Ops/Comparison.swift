/// Elementwise comparisons; results are bool tensors and never carry a graph.
public enum Comparison: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// `a (op) b` computed in the promoted dtype, with broadcasting.
    public func compute(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let o = try BinaryOperands(a, b)
        return try o.dtype.dispatch(Compare(op: self, x: o.x, y: o.y, shape: o.shape))
    }

    private struct Compare: NumericVisitor {
        typealias Output = Tensor
        let op: Comparison
        let x: Tensor
        let y: Tensor
        let shape: [Int]

        func numeric<T: NumericElement>(_: T.Type) throws -> Tensor { try op.run(x, y, T.self, shape) }
        func boolean() throws -> Tensor {
            try op.run(x.converted(to: .int64), y.converted(to: .int64), Int64.self, shape)
        }
    }

    fileprivate func run<T: Comparable>(_ x: Tensor, _ y: Tensor, _: T.Type, _ shape: [Int]) throws -> Tensor {
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
