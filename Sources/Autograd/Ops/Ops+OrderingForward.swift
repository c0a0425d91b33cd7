/// The forward computations of `Ordering`'s rows.
extension Tensor {
    /// `sort(dim, descending)`: values and int64 indices.
    public func sorted(dim requested: Int, descending: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try Reduction.normalize(requested, rank: dim)
        return try picking(along: d, count: dim == 0 ? 1 : shape[d], descending: descending, recording: Ordering.sortRow)
    }

    /// `topk(k, dim, largest)`, sorted.
    public func topk(_ k: Int, dim requested: Int, largest: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try Reduction.normalize(requested, rank: dim)
        let size = dim == 0 ? 1 : shape[d]
        guard k >= 0 && k <= size else { throw TorchError.runtime("selected index k out of range") }
        return try picking(along: d, count: k, descending: largest, recording: Ordering.topkRow)
    }

    /// `kthvalue(k, dim, keepdim)`: the k-th smallest (k from 1).
    public func kthvalue(_ k: Int, dim requested: Int, keepDim: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try Reduction.normalize(requested, rank: dim)
        let size = dim == 0 ? 1 : shape[d]
        guard k >= 1 && k <= size else {
            throw TorchError.runtime("kthvalue(): selected number k out of range for dimension \(d)")
        }
        let sorted = try GradMode.with(false) { try picking(along: d, count: k, descending: false) }
        var values = try GradMode.with(false) { try sorted.values.slice(d, start: k - 1, stop: k, step: 1).contiguous() }
        var indices = try sorted.indices.slice(d, start: k - 1, stop: k, step: 1).contiguous()
        if !keepDim && dim > 0 {
            values = try GradMode.with(false) { try values.squeeze(d) }
            indices = try indices.squeeze(d)
        }
        let picked = values
        let result = try GradMode.with(false) { try picked.clone() }
        guard GraphRecorder.shouldRecord([self]) else { return (result, indices) }
        Ordering.kthvalueRow.record(result, inputs: [self], saving: [indices], params: (shape, dtype, d, keepDim))
        return (result, indices)
    }

    /// `picking`, recorded as `row` (sort's and topk's, which save the indices and remember the input's
    /// shape and dtype and the dim).
    private func picking(
        along d: Int, count: Int, descending: Bool, recording row: OpRow<Ordering.PickParams>
    ) throws -> (values: Tensor, indices: Tensor) {
        let picked = try picking(along: d, count: count, descending: descending)
        guard GraphRecorder.shouldRecord([self]) else { return picked }
        row.record(picked.values, inputs: [self], saving: [picked.indices], params: (shape, dtype, d))
        return picked
    }

    /// The first `count` positions of every lane along `d` in sorted order, with their indices.
    private func picking(along d: Int, count: Int, descending: Bool) throws -> (values: Tensor, indices: Tensor) {
        let rankShape = dim == 0 ? [1] : shape
        let source = try dim == 0 ? GradMode.with(false) { try reshape([1]) } : self
        let lanes = try Ordering.order(source, d, descending: descending)
        let (outer, size, inner) = FlatIndex.lanes(rankShape, d)
        var outShape = rankShape
        outShape[d] = count
        var positions = [Int](repeating: 0, count: outer * count * inner)
        var picked = [Int64](repeating: 0, count: positions.count)
        for o in 0..<outer {
            for i in 0..<inner {
                let lane = lanes[o * inner + i]
                for j in 0..<count {
                    positions[(o * count + j) * inner + i] = (o * size + lane[j]) * inner + i
                    picked[(o * count + j) * inner + i] = Int64(lane[j])
                }
            }
        }
        let finalShape = dim == 0 ? [] : outShape
        let values = try FlatIndex.take(self, positions, shape: finalShape)
        return (values, try Kernels.tensor(picked, shape: finalShape, dtype: .int64))
    }

    /// `cumsum` / `cumprod` along `dim`, accumulating in double (int64 for integers) as ATen does.
    public func cumulative(product: Bool, dim requested: Int, dtype requestedType: DType? = nil) throws -> Tensor {
        let d = try Reduction.normalize(requested, rank: dim)
        let outType = requestedType ?? (dtype.isFloatingPoint ? dtype : .int64)
        let source = try converted(to: outType)
        let (outer, size, inner) = FlatIndex.lanes(shape, d)
        let result: Tensor
        if outType.isFloatingPoint {
            var xs = try source.converted(to: .float64).checkedValues(Double.self)
            let combine: (Double, Double) -> Double = product ? { $0 * $1 } : { $0 + $1 }
            Self.accumulate(&xs, outer, size, inner, start: product ? 1 : 0, combine)
            result = try Kernels.tensor(xs, shape: shape, dtype: .float64).converted(to: outType)
        } else {
            var xs = try source.converted(to: .int64).checkedValues(Int64.self)
            // Wrapping, as C++'s int64 arithmetic does.
            let combine: (Int64, Int64) -> Int64 = product ? { $0 &* $1 } : { $0 &+ $1 }
            Self.accumulate(&xs, outer, size, inner, start: product ? 1 : 0, combine)
            result = try Kernels.tensor(xs, shape: shape, dtype: .int64).converted(to: outType)
        }
        guard GraphRecorder.shouldRecord([self]), outType.isFloatingPoint else { return result }
        if product {
            Ordering.cumprodRow.record(result, inputs: [self], saving: [self], params: d)
        } else {
            Ordering.cumsumRow.record(result, inputs: [self], params: (d, dtype))
        }
        return result
    }

    private static func accumulate<T>(_ xs: inout [T], _ outer: Int, _ size: Int, _ inner: Int, start: T, _ combine: (T, T) -> T)
    {
        for o in 0..<outer {
            for i in 0..<inner {
                var running = start
                for k in 0..<size {
                    let at = (o * size + k) * inner + i
                    running = combine(running, xs[at])
                    xs[at] = running
                }
            }
        }
    }
}
