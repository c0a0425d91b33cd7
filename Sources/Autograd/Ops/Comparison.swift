/// Elementwise comparisons; results are bool tensors and never carry a graph.
public enum Comparison: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    /// `a (op) b` computed in the promoted dtype, with broadcasting.
    public func compute(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let o = try BinaryOperands(a, b)
        return try o.dtype.dispatch(Compare(op: self, o: o))
    }

    private struct Compare: NumericVisitor {
        typealias Output = Tensor
        let op: Comparison
        /// Held whole and read in place, so building the visitor retains nothing more.
        let o: BinaryOperands

        func numeric<T: NumericElement>(_: T.Type) throws -> Tensor { try op.run(o.x, o.y, T.self, o.shape) }
        func boolean() throws -> Tensor {
            try op.run(o.x.converted(to: .int64), o.y.converted(to: .int64), Int64.self, o.shape)
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
