/// A contiguous layout split around one dimension as outer × size × inner, so a reduction along
/// that dimension walks `outer * inner` lanes of `size` elements.
struct Lanes {
    let outer: Int
    let size: Int
    let inner: Int

    /// Lanes along `dim` of `shape` (a 0-d shape is one lane of one element).
    init(shape: [Int], dim: Int) {
        guard !shape.isEmpty else {
            (outer, size, inner) = (1, 1, 1)
            return
        }
        outer = shape[..<dim].reduce(1, *)
        size = shape[dim]
        inner = shape[(dim + 1)...].reduce(1, *)
    }

    var count: Int { outer * inner }

    /// The row-major flat index of element `k` of lane `lane`.
    @inline(__always)
    func index(_ lane: Int, _ k: Int) -> Int {
        (lane / inner) * size * inner + k * inner + lane % inner
    }

    /// Applies `body` to every lane of the `inputs` (all of one shape) and writes its lane results
    /// into a new tensor of that shape; `body` also gets the lane's number.
    static func map<T: FloatElement>(
        _ inputs: [Tensor], dim: Int, _: T.Type, _ body: (_ lanes: [[T]], _ lane: Int) -> [T]
    ) throws -> Tensor {
        let shape = inputs.first?.shape ?? []
        let lanes = Lanes(shape: shape, dim: dim)
        let sources = try inputs.map { try $0.contiguousData() }
        let out = try Tensor(uninitialized: shape, dtype: T.dtype)
        let dst = out.pointer(T.self)
        var buffers = [[T]](repeating: [], count: inputs.count)
        for lane in 0..<lanes.count {
            try Interruption.check()
            for (j, source) in sources.enumerated() {
                let p = source.pointer(T.self) + source.offset
                buffers[j] = (0..<lanes.size).map { p[lanes.index(lane, $0)] }
            }
            let result = body(buffers, lane)
            for k in 0..<lanes.size { dst[lanes.index(lane, k)] = result[k] }
        }
        return out
    }
}

extension Reduction {
    /// The shape of a reduction's result over `dims` (sorted, normalized).
    static func reducedShape(_ shape: [Int], dims: [Int], keepDim: Bool) -> [Int] {
        if keepDim { return shape.enumerated().map { dims.contains($0.offset) ? 1 : $0.element } }
        return shape.enumerated().filter { !dims.contains($0.offset) }.map(\.element)
    }

    /// For each element (row-major) the row-major index of the output slot it reduces into.
    static func buckets(shape: [Int], dims: [Int]) throws -> (slots: [Int], count: Int) {
        // The slots, and the callers' per-slot lists of members, are as long as the input.
        try MemoryBudget.checkTemporary(Tensor.elementCount(shape), of: (Int, Int).self)
        let kept = reducedShape(shape, dims: dims, keepDim: true)
        var outStrides = Tensor.contiguousStrides(kept)
        for d in dims where d < outStrides.count { outStrides[d] = 0 }
        var slots: [Int] = []
        slots.reserveCapacity(shape.reduce(1, *))
        try StridedLoop.forEach2Checked(
            shape: shape, stridesA: Tensor.contiguousStrides(shape), startA: 0, stridesB: outStrides, startB: 0
        ) { _, b in slots.append(b) }
        return (slots, kept.reduce(1, *))
    }

    /// `dims` normalized, or every dimension when `nil` or empty.
    static func allDims(_ dims: [Int]?, rank: Int) throws -> [Int] {
        guard let dims, !dims.isEmpty else { return Array(0..<rank) }
        return try normalize(dims, rank: rank)
    }
}
