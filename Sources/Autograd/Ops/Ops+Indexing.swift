extension Tensor {
    /// `x[index]` along `dim`, a view without that dimension (`SelectBackward0`).
    public func select(_ d: Int, _ index: Int) throws -> Tensor {
        guard dim > 0 else {
            throw TorchError(
                .indexError,
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
            )
        }
        let at = try Reduction.normalize(d, rank: dim)
        let size = shape[at]
        guard index >= -size && index < size else {
            throw TorchError(.indexError, "index \(index) is out of bounds for dimension \(at) with size \(size)")
        }
        let i = index < 0 ? index + size : index
        var newShape = shape
        var newStrides = strides
        newShape.remove(at: at)
        newStrides.remove(at: at)
        return makeView(
            shape: newShape, strides: newStrides, offset: offset + i * strides[at], row: Indexing.select,
            params: (shape, dtype, at, i))
    }

    /// `x[start:stop:step]` along `dim`, a view (`SliceBackward0`); bounds already clamped.
    public func slice(_ d: Int, start: Int, stop: Int, step: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        guard step > 0 else { throw TorchError(.valueError, "step must be greater than zero") }
        // PyTorch's round-up division, wrapping where its C++ wraps: `t[::2**62]` is one element,
        // `t[3::2**63 - 1]` is empty in PyTorch too.
        let count = stop > start ? max(0, (stop - start &+ step &- 1) / step) : 0
        var newShape = shape
        var newStrides = strides
        newShape[at] = count
        // PyTorch multiplies unchecked; the product only matters (and then fits) with two or more elements.
        newStrides[at] = strides[at] &* step
        return makeView(
            shape: newShape, strides: newStrides, offset: offset + (count > 0 ? start * strides[at] : 0),
            row: Indexing.slice,
            params: (shape, dtype, at, start, stop, step))
    }
}
