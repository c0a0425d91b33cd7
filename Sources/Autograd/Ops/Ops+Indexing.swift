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
        let inputShape = shape
        let inputDType = dtype
        return makeView(
            shape: newShape, strides: newStrides, offset: offset + i * strides[at], nodeName: "SelectBackward0"
        ) { grad, _ in
            let full = try Tensor(zeros: inputShape, dtype: inputDType)
            try full.select(at, i).copyInPlace(from: grad)
            return [full]
        }
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
        let inputShape = shape
        let inputDType = dtype
        return makeView(
            shape: newShape, strides: newStrides, offset: offset + (count > 0 ? start * strides[at] : 0),
            nodeName: "SliceBackward0"
        ) { grad, _ in
            let full = try Tensor(zeros: inputShape, dtype: inputDType)
            try full.slice(at, start: start, stop: stop, step: step).copyInPlace(from: grad)
            return [full]
        }
    }
}
