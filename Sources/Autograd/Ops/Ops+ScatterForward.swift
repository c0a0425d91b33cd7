/// The forward computations of `Scatter`'s rows.
extension Tensor {
    /// `gather(dim, index)`.
    public func gather(_ requested: Int, _ index: Tensor) throws -> Tensor {
        let d = try Reduction.normalize(requested, rank: dim)
        let positions = try Scattering.targets(index, d, shape, "gather")
        let result = try FlatIndex.take(self, positions, shape: index.shape)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Scattering.gatherRow.record(result, inputs: [self], saving: [index], params: (shape, dtype, d))
        return result
    }

    /// `scatter(dim, index, src)`, or `scatter_add` with `accumulate`.
    public func scatter(_ requested: Int, _ index: Tensor, _ source: Tensor, accumulate: Bool) throws -> Tensor {
        let d = try Reduction.normalize(requested, rank: dim)
        let name = accumulate ? "scatter_add" : "scatter"
        guard source.dim == index.dim || index.numel == 0 else {
            throw TorchError.runtime("Index tensor must have the same number of dimensions as src tensor")
        }
        for k in 0..<index.dim where index.shape[k] > source.shape[k] {
            throw TorchError.runtime(
                "Size does not match at dimension \(k) expected index \(index.shape) to be smaller than src \(source.shape) apart from dimension \(d)"
            )
        }
        let positions = try Scattering.targets(index, d, shape, name)
        let picked = try GradMode.with(false) {
            try FlatIndex.take(source.to(dtype), Scattering.sources(index.shape, source.shape), shape: [positions.count])
        }
        let result = try FlatIndex.place(self, positions, picked, accumulate: accumulate)
        guard GraphRecorder.shouldRecord([self, source]) else { return result }
        if accumulate {
            Scattering.scatterAddRow.record(result, inputs: [self, source], saving: [index], params: d)
        } else {
            Scattering.scatterRow.record(
                result, inputs: [self, source], saving: [index], params: (d, (source.shape, source.dtype)))
        }
        return result
    }

    /// `scatter(dim, index, value)` with a number.
    public func scatter(_ requested: Int, _ index: Tensor, value: Scalar) throws -> Tensor {
        let d = try Reduction.normalize(requested, rank: dim)
        let positions = try Scattering.targets(index, d, shape, "scatter")
        let values = try Tensor.full([positions.count], value, dtype: dtype)
        let result = try FlatIndex.place(self, positions, values, accumulate: false)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Scattering.scatterValueRow.record(result, inputs: [self], saving: [index], params: d)
        return result
    }

    /// `index_select(dim, index)`.
    public func indexSelect(_ requested: Int, _ index: Tensor) throws -> Tensor {
        let d = try Reduction.normalize(requested, rank: dim)
        guard index.dim <= 1 else { throw TorchError(.indexError, "index_select(): Index is supposed to be a vector") }
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw TorchError.runtime("index_select(): Expected dtype int32 or int64 for index")
        }
        var outShape = dim == 0 ? [] : shape
        if dim > 0 { outShape[d] = index.numel }
        let expanded = try index.to(.int64).expandedIndex(along: d, to: outShape)
        let positions = try Scattering.targets(expanded, d, shape, "index_select")
        let result = try FlatIndex.take(self, positions, shape: outShape)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Scattering.indexSelectRow.record(result, inputs: [self], saving: [try index.to(.int64)], params: (shape, dtype, d))
        return result
    }

    /// A 1-d index repeated across every other dimension of `shape` (its entries along `dim`).
    func expandedIndex(along d: Int, to shape: [Int]) throws -> Tensor {
        guard shape.count > 1 else { return try reshape(shape) }
        var view = [Int](repeating: 1, count: shape.count)
        view[d] = numel
        return try reshape(view).expand(shape).contiguous()
    }
}
