/// `max`/`min` (whole tensor and along a dimension), `amax`/`amin` and `argmax`/`argmin`.
extension Tensor {
    /// The largest element (`MaxBackward1`); tied elements share the gradient evenly.
    public func largest() throws -> Tensor { try extreme(larger: true) }

    /// The smallest element (`MinBackward1`).
    public func smallest() throws -> Tensor { try extreme(larger: false) }

    /// `max(dim)`: values (`MaxBackward0`) and int64 indices of the first largest element per lane.
    public func largest(along d: Int, keepDim: Bool) throws -> (values: Tensor, indices: Tensor) {
        try extreme(dim: d, keepDim: keepDim, larger: true)
    }

    /// `min(dim)`: values (`MinBackward0`) and indices.
    public func smallest(along d: Int, keepDim: Bool) throws -> (values: Tensor, indices: Tensor) {
        try extreme(dim: d, keepDim: keepDim, larger: false)
    }

    /// `argmax()` over the flattened tensor, or along `dim`.
    public func argmax(dim d: Int?, keepDim: Bool) throws -> Tensor {
        try argExtreme(dim: d, keepDim: keepDim, larger: true)
    }

    /// `argmin()` over the flattened tensor, or along `dim`.
    public func argmin(dim d: Int?, keepDim: Bool) throws -> Tensor {
        try argExtreme(dim: d, keepDim: keepDim, larger: false)
    }

    private func extreme(larger: Bool) throws -> Tensor {
        let name = larger ? "max" : "min"
        guard numel > 0 else {
            throw TorchError.runtime(
                "\(name)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."
            )
        }
        let values = try OrderedValues(self)
        let best = values.extremeIndex(count: numel, larger: larger) { $0 }
        let result = Tensor.scalarTensor(element(at: best), dtype: dtype)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        (larger ? Extrema.maxAll : Extrema.minAll).record(result, inputs: [self], saving: [self], params: ())
        return result
    }

    private func extreme(dim d: Int, keepDim: Bool, larger: Bool) throws -> (values: Tensor, indices: Tensor) {
        let name = larger ? "max" : "min"
        let at = try Reduction.normalize(d, rank: dim)
        let chosen = try Extrema.laneExtremes(self, dim: at, larger: larger, name: name)
        let outShape = dim == 0 ? [] : Reduction.reducedShape(shape, dims: [at], keepDim: keepDim)
        let lanes = Lanes(shape: shape, dim: at)
        let picked = chosen.enumerated().map { element(at: lanes.index($0.offset, $0.element)) }
        let values = try Tensor.from(picked, shape: outShape, dtype: dtype)
        let indices = try Tensor.from(chosen.map { .int(Int64($0)) }, shape: outShape, dtype: .int64)
        guard GraphRecorder.shouldRecord([self]) else { return (values, indices) }
        (larger ? Extrema.maxDim : Extrema.minDim).record(
            values, inputs: [self], saving: [indices], params: ReductionParams(self, dims: [at], keepDim: keepDim))
        return (values, indices)
    }

    private func argExtreme(dim d: Int?, keepDim: Bool, larger: Bool) throws -> Tensor {
        let name = larger ? "argmax" : "argmin"
        guard dtype != .bool else { throw TorchError(.notImplementedError, "\(name)(): does not support bool input") }
        guard let d else {
            guard numel > 0 else {
                throw TorchError(.indexError, "\(name)(): Expected reduction dim to be specified for input.numel() == 0.")
            }
            let best = try OrderedValues(self).extremeIndex(count: numel, larger: larger) { $0 }
            let shape = keepDim ? [Int](repeating: 1, count: dim) : []
            return try Tensor.from([.int(Int64(best))], shape: shape, dtype: .int64)
        }
        let at = try Reduction.normalize(d, rank: dim)
        let chosen = try Extrema.laneExtremes(self, dim: at, larger: larger, name: name)
        let outShape = dim == 0 ? [] : Reduction.reducedShape(shape, dims: [at], keepDim: keepDim)
        return try Tensor.from(chosen.map { .int(Int64($0)) }, shape: outShape, dtype: .int64)
    }

    /// `amax(dims)` (`AmaxBackward0`): ties share the gradient evenly.
    public func amax(dims: [Int]?, keepDim: Bool) throws -> Tensor { try extreme(dims: dims, keepDim: keepDim, larger: true) }

    /// `amin(dims)` (`AminBackward0`).
    public func amin(dims: [Int]?, keepDim: Bool) throws -> Tensor { try extreme(dims: dims, keepDim: keepDim, larger: false) }

    private func extreme(dims: [Int]?, keepDim: Bool, larger: Bool) throws -> Tensor {
        let reduced = try Reduction.allDims(dims, rank: dim)
        let result = try Extrema.bucketExtremes(self, dims: reduced, keepDim: keepDim, larger: larger)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        (larger ? Extrema.amax : Extrema.amin).record(
            result, inputs: [self], saving: [self], params: ReductionParams(self, dims: reduced, keepDim: keepDim))
        return result
    }
}

/// A tensor's values in row-major order, in a form that orders them exactly.
enum OrderedValues {
    case floating([Double])
    case integral([Int64])

    init(_ t: Tensor) throws {
        if t.dtype.isFloatingPoint {
            self = .floating(try t.checkedDoubles())
        } else {
            self = .integral(try t.checkedScalars().map { Int64(scalar: $0) })
        }
    }

    /// The position (0..<count) of the first extreme value among `values[position(k)]`; NaN wins.
    func extremeIndex(count: Int, larger: Bool, _ position: (Int) -> Int) -> Int {
        switch self {
        case .floating(let v): Self.search(count, larger, { v[position($0)] }, isNaN: { $0.isNaN })
        case .integral(let v): Self.search(count, larger, { v[position($0)] }, isNaN: { _ in false })
        }
    }

    private static func search<T: Comparable>(
        _ count: Int, _ larger: Bool, _ value: (Int) -> T, isNaN: (T) -> Bool
    ) -> Int {
        guard count > 0 else { return 0 }
        var best = 0
        var bestValue = value(0)
        if isNaN(bestValue) { return 0 }
        for k in 1..<count {
            let v = value(k)
            if isNaN(v) { return k }
            if larger ? v > bestValue : v < bestValue {
                best = k
                bestValue = v
            }
        }
        return best
    }
}

/// Kernels and backward helpers of the extrema.
enum Extrema {
    /// The index along `dim` of the extreme element of every lane.
    static func laneExtremes(_ t: Tensor, dim: Int, larger: Bool, name: String) throws -> [Int] {
        let lanes = Lanes(shape: t.shape, dim: dim)
        if lanes.size == 0 && lanes.count > 0 {
            throw TorchError(.indexError, "\(name)(): Expected reduction dim \(dim) to have non-zero size.")
        }
        let values = try OrderedValues(t)
        return (0..<lanes.count).map { lane in
            values.extremeIndex(count: lanes.size, larger: larger) { lanes.index(lane, $0) }
        }
    }

    /// `amax`'s kernel: the extreme of every output slot, NaN propagating.
    static func bucketExtremes(_ t: Tensor, dims: [Int], keepDim: Bool, larger: Bool) throws -> Tensor {
        let (slots, count) = try Reduction.buckets(shape: t.shape, dims: dims)
        let name = larger ? "amax" : "amin"
        if t.numel == 0 && count > 0 {
            throw TorchError(.indexError, "\(name)(): Expected reduction dim \(dims.first ?? 0) to have non-zero size.")
        }
        var members = [[Int]](repeating: [], count: count)
        for (i, slot) in slots.enumerated() { members[slot].append(i) }
        let values = try OrderedValues(t)
        let picked = members.map { m in
            t.element(at: m[values.extremeIndex(count: m.count, larger: larger) { m[$0] }])
        }
        return try Tensor.from(picked, shape: Reduction.reducedShape(t.shape, dims: dims, keepDim: keepDim), dtype: t.dtype)
    }

    /// `evenly_distribute_backward`: the gradient split among the elements equal to the result.
    static func evenlyDistribute(_ grad: Tensor, input: Tensor, value: Tensor) throws -> Tensor {
        let isNaN = value.element(at: 0).doubleValue.isNaN
        let mask = try isNaN ? Comparison.notEqual.compute(input, input) : Comparison.equal.compute(input, value)
        let count = Kernels.sumAll(mask)
        return try Tensor.where(mask, grad / Tensor.wrapping(count), .wrapping(.int(0)))
    }

    /// A bool mask of `shape` marking, along `dim`, the positions `indices` selected.
    static func selectionMask(shape: [Int], dim: Int, indices: Tensor) throws -> Tensor {
        let lanes = Lanes(shape: shape, dim: dim)
        try MemoryBudget.checkTemporary(Tensor.elementCount(shape), of: Bool.self)
        var mask = [Bool](repeating: false, count: shape.reduce(1, *))
        for (lane, index) in try indices.checkedScalars().enumerated() {
            let k = Int(Int64(scalar: index))
            if k >= 0 && k < lanes.size { mask[lanes.index(lane, k)] = true }
        }
        return try Kernels.tensor(mask, shape: shape, dtype: .bool)
    }
}
