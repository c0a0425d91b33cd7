/// `split`, `chunk` and `unbind`: views of consecutive parts of a tensor.
extension Tensor {
    /// `split(size, dim)`: parts of `size` along `dim` (the last may be shorter), `SplitBackward0`.
    public func split(size: Int, dim requested: Int) throws -> [Tensor] {
        let d = try splitDimension(requested)
        let length = shape[d]
        guard size > 0 || (size == 0 && length == 0) else {
            throw TorchError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(length)")
        }
        guard size > 0 else { return [self] }
        let count = Swift.max(1, (length + size - 1) / size)
        let sizes = (0..<count).map { Swift.min(size, length - $0 * size) }
        return try parts(sizes, d, nodeName: "SplitBackward0")
    }

    /// `split([sizes], dim)`: parts of the given sizes, `SplitWithSizesBackward0`.
    public func split(sizes: [Int], dim requested: Int) throws -> [Tensor] {
        let d = try splitDimension(requested)
        guard sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, &+) == shape[d] else {
            let listed = sizes.map(String.init).joined(separator: ", ")
            throw TorchError.runtime(
                "split_with_sizes expects split_sizes to sum exactly to \(shape[d]) (input tensor's size at dimension \(d)), but got split_sizes=[\(listed)]"
            )
        }
        return try parts(sizes, d, nodeName: "SplitWithSizesBackward0")
    }

    /// `chunk(chunks, dim)`: `split` with parts of ceil(size / chunks).
    public func chunk(_ chunks: Int, dim requested: Int) throws -> [Tensor] {
        guard chunks > 0 else { throw TorchError.runtime("chunk expects `chunks` to be greater than 0, got: \(chunks)") }
        let d = try splitDimension(requested)
        let size = (shape[d] + chunks - 1) / chunks
        return try split(size: size == 0 ? 1 : size, dim: d)
    }

    /// `unbind(dim)`: every entry along `dim`, each a view without that dimension (`UnbindBackward0`).
    public func unbind(_ requested: Int) throws -> [Tensor] {
        let d = try splitDimension(requested)
        var partShape = shape
        var partStrides = strides
        partShape.remove(at: d)
        partStrides.remove(at: d)
        let (inputShape, inputDType) = (shape, dtype)
        return (0..<shape[d]).map { i in
            makeView(shape: partShape, strides: partStrides, offset: offset + i * strides[d], nodeName: "UnbindBackward0") {
                grad, _ in
                let full = try Tensor(zeros: inputShape, dtype: inputDType)
                try full.select(d, i).copyInPlace(from: grad)
                return [full]
            }
        }
    }

    private func splitDimension(_ requested: Int) throws -> Int {
        guard dim > 0 else { throw TorchError.runtime("split expects at least a 1-dimensional tensor") }
        return try Reduction.normalize(requested, rank: dim)
    }

    private func parts(_ sizes: [Int], _ d: Int, nodeName: String) throws -> [Tensor] {
        let (inputShape, inputDType) = (shape, dtype)
        var start = 0
        return sizes.map { size in
            let from = start
            start += size
            var partShape = shape
            partShape[d] = size
            return makeView(shape: partShape, strides: strides, offset: offset + from * strides[d], nodeName: nodeName) {
                grad, _ in
                let full = try Tensor(zeros: inputShape, dtype: inputDType)
                try full.slice(d, start: from, stop: from + size, step: 1).copyInPlace(from: grad)
                return [full]
            }
        }
    }
}
