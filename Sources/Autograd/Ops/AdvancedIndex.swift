/// PyTorch's advanced indexing, planned once: which storage offsets `source[indices]` reads,
/// in the row-major order of its result.
///
/// `indices` has one entry per leading dimension (`nil`: not indexed); a bool mask covers as
/// many dimensions as it has and stands for the coordinates of its true elements. Index tensors
/// broadcast together; when the indexed dimensions are adjacent their result dimensions replace
/// them in place, otherwise they come first (NumPy's rule).
struct AdvancedIndex {
    let resultShape: [Int]
    let offsets: [Int]

    init(source: Tensor, indices: [Tensor?], reportActualDims: Bool = false) throws {
        let expanded = try Self.expandMasks(indices, source: source)
        let positions = expanded.indices.filter { expanded[$0] != nil }
        let (broadcast, blockOffsets) = try Self.blockOffsets(
            source: source, tensors: expanded.compactMap { $0 }, positions: positions, reportActualDims: reportActualDims)
        let adjacent = positions.isEmpty || positions.last.map { $0 - positions[0] + 1 == positions.count } == true
        let first = positions.first ?? 0
        let outer = adjacent ? Array(0..<first) : []
        let inner = (0..<source.dim).filter { !positions.contains($0) && (!adjacent || $0 > first) }
        resultShape = outer.map { source.shape[$0] } + broadcast + inner.map { source.shape[$0] }
        var offsets: [Int] = []
        offsets.reserveCapacity(resultShape.reduce(1, *))
        let innerShape = inner.map { source.shape[$0] }
        let innerStrides = inner.map { source.strides[$0] }
        StridedLoop.forEach(
            shape: outer.map { source.shape[$0] }, strides: outer.map { source.strides[$0] }, start: source.offset
        ) { base in
            for block in blockOffsets {
                StridedLoop.forEach(shape: innerShape, strides: innerStrides, start: base + block) { offsets.append($0) }
            }
        }
        self.offsets = offsets
    }

    /// The broadcast shape of the index tensors and, per broadcast element, the storage offset they select.
    private static func blockOffsets(
        source: Tensor, tensors: [Tensor], positions: [Int], reportActualDims: Bool
    ) throws -> ([Int], [Int]) {
        var broadcast: [Int] = []
        do {
            for t in tensors { broadcast = try Broadcast.shape(broadcast, t.shape) }
        } catch {
            let shapes = tensors.map { ShapeText.bracketed($0.shape) }.joined(separator: ", ")
            throw TorchError(
                .indexError, "shape mismatch: indexing tensors could not be broadcast together with shapes \(shapes)")
        }
        try MemoryBudget.checkTemporary(Tensor.elementCount(broadcast), of: Int.self)
        var offsets = [Int](repeating: 0, count: broadcast.reduce(1, *))
        for (k, (t, p)) in zip(tensors, positions).enumerated() {
            let size = source.shape[p]
            let values = try GradMode.with(false) { try t.expand(broadcast) }.checkedScalars()
            for (b, value) in values.enumerated() {
                let v = Int(Int64(scalar: value))
                guard v >= -size && v < size else {
                    throw TorchError(
                        .indexError,
                        "index \(v) is out of bounds for dimension \(reportActualDims ? p : k) with size \(size)")
                }
                offsets[b] += (v < 0 ? v + size : v) * source.strides[p]
            }
        }
        return (broadcast, offsets)
    }

    /// Replaces bool masks by the long coordinates of their true elements and checks every index.
    private static func expandMasks(_ indices: [Tensor?], source: Tensor) throws -> [Tensor?] {
        var out: [Tensor?] = []
        for index in indices {
            guard let index else {
                out.append(nil)
                continue
            }
            if index.dtype.isFloatingPoint {
                throw TorchError(.indexError, "tensors used as indices must be long, int, byte or bool tensors")
            } else if index.dtype.isIntegral {
                out.append(index)
            } else {
                let d = out.count
                guard d + index.dim <= source.dim else {
                    throw TorchError(.indexError, "too many indices for tensor of dimension \(source.dim)")
                }
                for j in 0..<index.dim where index.shape[j] != source.shape[d + j] {
                    throw TorchError(
                        .indexError,
                        "The shape of the mask \(ShapeText.bracketed(index.shape)) at index \(j) does not match the shape of the indexed tensor \(ShapeText.bracketed(source.shape)) at index \(d + j)"
                    )
                }
                out += try nonzeroColumns(index)
            }
        }
        guard out.count <= source.dim else {
            throw TorchError(.indexError, "too many indices for tensor of dimension \(source.dim)")
        }
        return out + [Tensor?](repeating: nil, count: source.dim - out.count)
    }

    /// One long tensor per mask dimension holding the coordinates of the true elements, row-major.
    private static func nonzeroColumns(_ mask: Tensor) throws -> [Tensor] {
        var columns = [[Scalar]](repeating: [], count: mask.dim)
        var coordinate = [Int](repeating: 0, count: mask.dim)
        for value in try mask.checkedScalars() {
            if case .bool(true) = value {
                for j in 0..<mask.dim { columns[j].append(.int(Int64(coordinate[j]))) }
            }
            var j = mask.dim - 1
            while j >= 0 {
                coordinate[j] += 1
                if coordinate[j] < mask.shape[j] { break }
                coordinate[j] = 0
                j -= 1
            }
        }
        return try columns.map { try Tensor.from($0, shape: [$0.count], dtype: .int64) }
    }
}

extension Tensor {
    /// A new contiguous tensor of `shape` holding the elements at these storage offsets.
    func gathered(_ offsets: [Int], shape: [Int]) throws -> Tensor {
        let out = try Tensor(uninitialized: shape, dtype: dtype)
        dtype.dispatch(Gather(source: self, offsets: offsets, out: out))
        return out
    }

    /// Writes (or adds) `values`, row-major and already of this dtype, at these storage offsets.
    func scatter(_ offsets: [Int], values: Tensor, accumulate: Bool) throws {
        let source = try values.contiguousData()
        dtype.dispatch(Scatter(target: self, offsets: offsets, source: source, accumulate: accumulate))
        bumpVersion()
    }
}

/// Copies the elements at storage offsets into a fresh contiguous tensor.
private struct Gather: ElementVisitor {
    typealias Output = Void
    typealias Failure = Never
    let source: Tensor
    let offsets: [Int]
    let out: Tensor

    func visit<T: TensorElement>(_: T.Type) {
        let src = source.pointer(T.self)
        let dst = out.pointer(T.self)
        for (i, o) in offsets.enumerated() { dst[i] = src[o] }
    }
}

/// Writes (or accumulates: `+`, wrapping for integers, `or` for bool) contiguous values at storage offsets.
private struct Scatter: DTypeVisitor {
    typealias Output = Void
    typealias Failure = Never
    let target: Tensor
    let offsets: [Int]
    let source: Tensor
    let accumulate: Bool

    func floating<T: FloatElement>(_: T.Type) { run(T.self, +) }
    func integral<T: IntegerElement>(_: T.Type) { run(T.self, &+) }
    func boolean() { run(Bool.self) { $0 || $1 } }

    private func run<T>(_: T.Type, _ combine: (T, T) -> T) {
        let src = source.pointer(T.self) + source.offset
        let dst = target.pointer(T.self)
        for (i, o) in offsets.enumerated() { dst[o] = accumulate ? combine(dst[o], src[i]) : src[i] }
    }
}
