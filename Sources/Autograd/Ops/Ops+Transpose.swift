/// Dimension reorderings, all views: `t()`, `transpose`, `permute`.
extension Tensor {
    /// `t()` on a tensor of at most two dimensions (`TBackward0`).
    public func t() throws -> Tensor {
        guard dim <= 2 else { throw TorchError.runtime("t() expects a tensor with <= 2 dimensions, but self is \(dim)D") }
        guard dim == 2 else {
            return makeView(shape: shape, strides: strides, nodeName: "TBackward0") { grad, _ in [grad] }
        }
        return makeView(shape: [shape[1], shape[0]], strides: [strides[1], strides[0]], nodeName: "TBackward0") {
            grad, _ in [try grad.t()]
        }
    }

    /// `transpose(d0, d1)`: swaps two dimensions (`TransposeBackward0`).
    public func transpose(_ d0: Int, _ d1: Int) throws -> Tensor {
        let a = try Reduction.normalize(d0, rank: dim)
        let b = try Reduction.normalize(d1, rank: dim)
        var newShape = shape
        var newStrides = strides
        if dim > 0 {
            newShape.swapAt(a, b)
            newStrides.swapAt(a, b)
        }
        return makeView(shape: newShape, strides: newStrides, nodeName: "TransposeBackward0") { grad, _ in
            [try grad.transpose(a, b)]
        }
    }

    /// `permute(dims)`: reorders every dimension (`PermuteBackward0`).
    public func permute(_ requested: [Int]) throws -> Tensor {
        guard requested.count == dim else {
            throw TorchError.runtime(
                "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(dim) is not equal to len(dims) = \(requested.count)"
            )
        }
        let order = try requested.map { try Reduction.normalize($0, rank: dim) }
        guard Set(order).count == order.count else { throw TorchError.runtime("permute(): duplicate dims are not allowed.") }
        var inverse = [Int](repeating: 0, count: dim)
        for (i, d) in order.enumerated() { inverse[d] = i }
        return makeView(shape: order.map { shape[$0] }, strides: order.map { strides[$0] }, nodeName: "PermuteBackward0") {
            grad, _ in [try grad.permute(inverse)]
        }
    }
}
