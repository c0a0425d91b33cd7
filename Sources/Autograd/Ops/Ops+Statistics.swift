/// `var`, `std` and `prod`.
extension Tensor {
    /// `var(dim, correction, keepdim)` (`VarBackward0`); `dims == nil` reduces everything.
    public func variance(dims: [Int]?, correction: Double, keepDim: Bool) throws -> Tensor {
        try moment(Statistics.variance, "var", root: false, dims: dims, correction: correction, keepDim: keepDim)
    }

    /// `std(dim, correction, keepdim)` (`StdBackward0`).
    public func standardDeviation(dims: [Int]?, correction: Double, keepDim: Bool) throws -> Tensor {
        try moment(Statistics.standardDeviation, "std", root: true, dims: dims, correction: correction, keepDim: keepDim)
    }

    /// `var`, or `std` when `root`, recorded as `row`.
    private func moment(
        _ row: OpRow<MomentParams>, _ name: String, root: Bool, dims: [Int]?, correction: Double, keepDim: Bool
    ) throws -> Tensor {
        let reduced = try Statistics.checkedDims(self, dims, name: name, correction: correction)
        let result = try Statistics.moments(self, dims: reduced, correction: correction, keepDim: keepDim, root: root)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        row.record(
            result, inputs: [self], saving: [self], params: MomentParams(dims: reduced, correction: correction, keepDim: keepDim))
        return result
    }

    /// Product of all elements (`ProdBackward0`); integer and bool tensors multiply in int64.
    public func prod() throws -> Tensor {
        let flat = try Statistics.products(self, dim: nil, keepDim: false)
        guard GraphRecorder.shouldRecord([self]) else { return flat }
        Statistics.productAll.record(flat, inputs: [self], saving: [self], params: (dim: nil, keepDim: false))
        return flat
    }

    /// Product along `dim` (`ProdBackward1`).
    public func prod(dim d: Int, keepDim: Bool) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        let result = try Statistics.products(self, dim: at, keepDim: keepDim)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        Statistics.productDim.record(result, inputs: [self], saving: [self], params: (dim: at, keepDim: keepDim))
        return result
    }
}

/// Kernels and derivative formulas of the statistics.
enum Statistics {
    /// Checks the dtype and dims, and warns as PyTorch does when no degrees of freedom remain.
    static func checkedDims(_ t: Tensor, _ dims: [Int]?, name: String, correction: Double) throws -> [Int] {
        guard t.dtype.isFloatingPoint else {
            throw TorchError(.notImplementedError, "std and var only support floating point and complex dtypes")
        }
        let reduced = try Reduction.allDims(dims, rank: t.dim)
        let count = reduced.reduce(1) { $0 * t.shape[$1] }
        if Double(count) - correction <= 0 {
            Diagnostics.warn(
                "UserWarning",
                "\(name)(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel)."
            )
        }
        return reduced
    }

    /// Variance (or its square root) per output slot, accumulated in double as ATen does: Welford
    /// updates along dimensions, two passes around the dtype's `mean()` for a full reduction.
    static func moments(_ t: Tensor, dims: [Int], correction: Double, keepDim: Bool, root: Bool) throws -> Tensor {
        let (slots, count) = try Reduction.buckets(shape: t.shape, dims: dims)
        let values = try t.checkedDoubles()
        var squares = [Double](repeating: 0, count: count)
        var sizes = [Double](repeating: 0, count: count)
        if count == 1 && t.numel > 0 {
            // `std_var_all_cpu`: whenever one value comes out, two passes around the dtype's mean.
            let mean = try GradMode.with(false) { try t.mean().element(at: 0).doubleValue }
            squares[0] =
                t.dtype == .float64
                ? VectorReduce.squaredDeviations(t, mean: mean, Double.self)
                : VectorReduce.squaredDeviations(t, mean: mean, Float.self)
            sizes[0] = Double(values.count)
        } else {
            var means = [Double](repeating: 0, count: count)
            for (i, slot) in slots.enumerated() {
                sizes[slot] += 1
                let delta = values[i] - means[slot]
                means[slot] += delta / sizes[slot]
                squares[slot] += delta * (values[i] - means[slot])
            }
        }
        let results: [Scalar] = (0..<count).map { s in
            let variance = squares[s] / Swift.max(0, sizes[s] - correction)
            return .float(root ? variance.squareRoot() : variance)
        }
        let shape = Reduction.reducedShape(t.shape, dims: dims, keepDim: keepDim)
        return try Tensor.from(results, shape: shape, dtype: t.dtype)
    }

    /// `var_backward`: `2 / (n - correction) * grad * (x - mean)`, with PyTorch's NaN/inf when `n <= correction`.
    static func varianceBackward(_ grad: Tensor, _ input: Tensor, dims: [Int], correction: Double, keepDim: Bool) throws -> Tensor
    {
        let count = Double(dims.reduce(1) { $0 * input.shape[$1] })
        if dims.count == input.dim {
            let centred = try input - input.mean()
            guard count - correction > 0 else {
                let atMean = try Comparison.equal.compute(input, input.mean())
                return try grad * Tensor.where(atMean, .wrapping(.float(.nan)), .wrapping(.float(.infinity)))
            }
            return try grad * Tensor.wrapping(.float(2 / (count - correction))) * centred
        }
        let spread = input.dim > 1 ? try Reduction.restore(grad, dims: dims, keepDim: keepDim, rank: input.dim) : grad
        let centred = try input - input.mean(dims: dims, keepDim: true)
        return try spread * Tensor.wrapping(.float(2 / (count - correction))) * centred
    }

    /// Products along `dim` (or of everything): floats in ATen's order (`VectorReduce`), the sum
    /// type of integers and bool (`int64`) multiplied in order with wrapping.
    static func products(_ t: Tensor, dim: Int?, keepDim: Bool) throws -> Tensor {
        let dtype = Reduction.sumType(t.dtype)
        // Floats keep their strides: ATen multiplies in memory order.
        let source = dtype == t.dtype ? t : try t.converted(to: dtype)
        let lanes = dim.map { Lanes(shape: t.shape, dim: $0) } ?? Lanes(shape: [t.numel], dim: 0)
        let shape = dim.map { t.dim == 0 ? [] : Reduction.reducedShape(t.shape, dims: [$0], keepDim: keepDim) } ?? []
        let dims = dim.map { [$0] } ?? Array(0..<t.dim)
        return try dtype.dispatch(Products(source: source, lanes: lanes, dims: dims, shape: shape))
    }

    private struct Products: FloatingVisitor {
        typealias Output = Tensor
        let source: Tensor
        let lanes: Lanes
        let dims: [Int]
        let shape: [Int]

        func floating<T: FloatElement>(_: T.Type) throws -> Tensor {
            let out = try Tensor(uninitialized: shape, dtype: T.dtype)
            try VectorReduce.reduce(source, dims: dims, identity: 1, into: out.pointer(T.self), *)
            return out
        }

        func nonFloating(_ dtype: DType) throws -> Tensor {
            let source = try self.source.contiguousData()
            let p = source.pointer(Int64.self) + source.offset
            let values: [Int64] = (0..<lanes.count).map { lane in
                var product: Int64 = 1
                for k in 0..<lanes.size { product &*= p[lanes.index(lane, k)] }
                return product
            }
            return try Kernels.tensor(values, shape: shape, dtype: .int64)
        }
    }

    /// `prod_backward`: `grad * result / input`, or products of the other elements when zeros occur.
    static func productBackward(_ grad: Tensor, _ input: Tensor, _ result: Tensor, dim: Int?, keepDim: Bool) throws -> Tensor {
        if input.dim == 0 { return grad }
        let g = try dim.map { try Reduction.restore(grad, dims: [$0], keepDim: keepDim, rank: input.dim) } ?? grad
        let r = try dim.map { try Reduction.restore(result, dims: [$0], keepDim: keepDim, rank: input.dim) } ?? result
        let zeros = Kernels.sumAll(try Comparison.equal.compute(input, .wrapping(.int(0)))).doubleValue
        if zeros == 0 { return try g * (r / input) }
        if dim == nil && !GradMode.isEnabled && zeros > 1 { return try Tensor(zeros: input.shape, dtype: input.dtype) }
        return try g * exclusiveProducts(input, dim: dim)
    }

    /// For every element, the product of the other elements of its lane (no division, so zeros are safe).
    static func exclusiveProducts(_ input: Tensor, dim: Int?) throws -> Tensor {
        let source = try input.detach().contiguousData()
        let lanesOf =
            dim == nil
            ? Tensor(storage: source.storage, offset: source.offset, shape: [source.numel], strides: [1], dtype: source.dtype)
            : source
        let out =
            try source.dtype == .float64 ? exclusive(lanesOf, dim ?? 0, Double.self) : exclusive(lanesOf, dim ?? 0, Float.self)
        out.shape = input.shape
        out.strides = Tensor.contiguousStrides(input.shape)
        return out
    }

    private static func exclusive<T: FloatElement>(_ t: Tensor, _ dim: Int, _: T.Type) throws -> Tensor {
        try Lanes.map([t], dim: dim, T.self) { lanes, _ in
            let x = lanes[0]
            var before = [T](repeating: 1, count: x.count)
            var after = [T](repeating: 1, count: x.count)
            for k in x.indices.dropFirst() { before[k] = before[k - 1] * x[k - 1] }
            for k in x.indices.reversed().dropFirst() { after[k] = after[k + 1] * x[k + 1] }
            return x.indices.map { before[$0] * after[$0] }
        }
    }
}
