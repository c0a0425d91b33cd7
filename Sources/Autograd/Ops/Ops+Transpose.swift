extension Tensor {
    /// The transpose of a matrix as a view (`TBackward0`); 0-d and 1-d tensors come back unchanged
    /// (still a new view with its own node, as in PyTorch).
    public func t() throws -> Tensor {
        guard dim <= 2 else { throw TorchError.runtime(Messages.tRank(dim)) }
        let newShape = dim == 2 ? Array(shape.reversed()) : shape
        let newStrides = dim == 2 ? Array(strides.reversed()) : strides
        return makeView(shape: newShape, strides: newStrides, row: Transposes.t, params: ())
    }

    /// A view with dimensions `d0` and `d1` swapped (`TransposeBackward0`).
    public func transpose(_ d0: Int, _ d1: Int) throws -> Tensor {
        let a = try Reduction.normalize(d0, rank: dim)
        let b = try Reduction.normalize(d1, rank: dim)
        var newShape = shape
        var newStrides = strides
        if dim > 0 {
            newShape.swapAt(a, b)
            newStrides.swapAt(a, b)
        }
        return makeView(shape: newShape, strides: newStrides, row: Transposes.transpose, params: (a, b))
    }

    /// A view whose dimension `i` is this tensor's dimension `dims[i]` (`PermuteBackward0`).
    public func permute(_ dims: [Int]) throws -> Tensor {
        guard dims.count == dim else { throw TorchError.runtime(Messages.permuteCount(dim, dims.count)) }
        var order: [Int] = []
        for d in dims {
            let n = try Reduction.normalize(d, rank: dim)
            guard !order.contains(n) else { throw TorchError.runtime(Messages.permuteDuplicate) }
            order.append(n)
        }
        var inverse = [Int](repeating: 0, count: order.count)
        for (position, d) in order.enumerated() { inverse[d] = position }
        return makeView(
            shape: order.map { shape[$0] }, strides: order.map { strides[$0] }, row: Transposes.permute, params: inverse)
    }

    /// `x.T`: every dimension reversed (`PermuteBackward0`). PyTorch deprecates it on tensors that
    /// are not 2-d, and says so once per process.
    public func reversedDimensions() throws -> Tensor {
        if dim == 0 {
            Diagnostics.warnOnce(Messages.numpyTZeroDim)
        } else if dim != 2 {
            Diagnostics.warnOnce(Messages.numpyTDeprecated)
        }
        return try permute(Array((0..<dim).reversed()))
    }

    /// `x.mT`: the last two dimensions swapped (`TransposeBackward0`); a 0-d tensor is returned as is.
    public func matrixTransposed() throws -> Tensor {
        if dim == 0 {
            Diagnostics.warnOnce(Messages.mTZeroDim)
            return self
        }
        guard dim >= 2 else { throw TorchError.runtime(Messages.mTRank(dim)) }
        return try transpose(-2, -1)
    }
}
