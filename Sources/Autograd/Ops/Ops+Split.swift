/// `split`, `chunk` and `unbind`: views of consecutive parts of a tensor.
extension Tensor {
    /// `split(size, dim)`: parts of `size` along `dim` (the last may be shorter), `SplitBackward0`.
    public func split(size: Int, dim requested: Int) throws -> [Tensor] {
        let d = try splitDimension(requested)
        let length = shape[d]
        guard size >= 0 else {
            throw TorchError.runtime("split expects split_size be non-negative, but got split_size=\(size)")
        }
        guard size > 0 || (size == 0 && length == 0) else {
            throw TorchError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(length)")
        }
        guard size > 0 else { return [self] }
        let count = length == 0 ? 1 : (length - 1) / size + 1
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
        // ATen's int64 arithmetic, wrapping included: `arange(6).chunk(2**63 - 1)` is split(0)'s error.
        let size = (shape[d] &+ chunks &- 1) / chunks
        guard size == 0 && shape[d] == 0 else { return try split(size: size, dim: d) }
        // Empty parts, one per chunk, in a std::vector of int64 sizes.
        guard chunks <= Int.max / 8 else { throw TorchError.runtime("cannot create std::vector larger than max_size()") }
        guard MemoryBudget.refusal(forUntracked: chunks &* 64) == nil else { throw TorchError.runtime("std::bad_alloc") }
        return try split(sizes: Array(repeating: 0, count: chunks), dim: d)
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
            makeView(
                shape: partShape, strides: partStrides, offset: offset + i * strides[d], row: Splitting.unbindRow,
                params: (inputShape, inputDType, d, i, i + 1))
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
            return makeView(
                shape: partShape, strides: strides, offset: offset + from * strides[d],
                row: nodeName == "SplitBackward0" ? Splitting.splitRow : Splitting.splitSizesRow,
                params: (inputShape, inputDType, d, from, from + size))
        }
    }
}

/// The rows of `split`, `split` with sizes and `unbind` (help comes from `HelpEntries+TensorAPI`).
enum Splitting {
    typealias Part = (shape: [Int], dtype: DType, dim: Int, start: Int, stop: Int)

    static let splitRow = OpRow<Part>(
        "SplitBackward0", python: nil, probe: GradientProbe(shapes: [[5, 2]]) { try $0[0].split(size: 2, dim: 0)[1] }
    ) { grad, _, p in [try partGradient(grad, p, select: false)] }

    static let splitSizesRow = OpRow<Part>(
        "SplitWithSizesBackward0", python: nil,
        probe: GradientProbe(shapes: [[2, 5]]) { try $0[0].split(sizes: [1, 4], dim: 1)[1] }
    ) { grad, _, p in [try partGradient(grad, p, select: false)] }

    static let unbindRow = OpRow<Part>(
        "UnbindBackward0", python: nil, probe: GradientProbe(shapes: [[3, 2]]) { try $0[0].unbind(0)[2] }
    ) { grad, _, p in [try partGradient(grad, p, select: true)] }

    static let rows: [AnyOpRow] = [splitRow, splitSizesRow, unbindRow]

    private static func partGradient(_ grad: Tensor, _ p: Part, select: Bool) throws -> Tensor {
        let full = try Tensor(zeros: p.shape, dtype: p.dtype)
        let part = try select ? full.select(p.dim, p.start) : full.slice(p.dim, start: p.start, stop: p.stop, step: 1)
        try part.copyInPlace(from: grad)
        return full
    }
}
