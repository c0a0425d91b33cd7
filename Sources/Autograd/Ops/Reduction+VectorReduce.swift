/// ATen's generic CPU reductions run over the blocks `ReductionIterator` hands them, so `prod`,
/// `var`/`std` over everything and the 2-norm round as PyTorch's do for any strides.
///
/// Register widths are the AVX2 ones (8 floats, 4 doubles): the wheel runs these kernels at that
/// width on this machine (measured with `Scripts/fidelity.py`).
enum VectorReduce {
    /// `binary_kernel_reduce_vec` (`aten/src/ATen/native/cpu/Reduce.h`): every output slot starts
    /// at `identity`, then each block is reduced as `vectorized_inner_reduction` (the reduced run
    /// is contiguous), `vectorized_outer_reduction` (the kept run is contiguous) or element by
    /// element. `out` holds one value per output slot, row-major.
    static func reduce<T: FloatElement>(
        _ t: Tensor, dims: [Int], identity: T, into out: UnsafeMutablePointer<T>, _ op: (T, T) -> T
    ) throws {
        let outCount = t.shape.enumerated().lazy.filter { !dims.contains($0.offset) }.reduce(1) { $0 * $1.element }
        out.initialize(repeating: identity, count: outCount)
        guard t.numel > 0 else { return }
        let t = try t.materializedIfHugeExpanded()
        let loop = ReductionIterator(shape: t.shape, strides: t.strides, reduced: dims)
        let p = UnsafePointer(t.pointer(T.self) + t.offset)
        try withExtendedLifetime(t) {
            try loop.forEachBlock { input, output, b in
                block(b, p + input, out + output, op)
                try Interruption.check()
            }
        }
    }

    private static func block<T: FloatElement>(
        _ b: ReductionIterator.Block, _ p: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ op: (T, T) -> T
    ) {
        if b.outStrides.0 == 0 && b.inStrides.0 == 1 {
            for j in 0..<b.sizes.1 { inner(p + j * b.inStrides.1, count: b.sizes.0, into: out + j * b.outStrides.1, op) }
        } else if b.outStrides.0 == 0 && b.outStrides.1 == 1 && b.inStrides.1 == 1 {
            outer(p, rows: b.sizes.0, rowStride: b.inStrides.0, columns: b.sizes.1, into: out, op)
        } else {
            for j in 0..<b.sizes.1 {
                for i in 0..<b.sizes.0 {
                    let slot = out + (j * b.outStrides.1 + i * b.outStrides.0)
                    slot.pointee = op(slot.pointee, p[j * b.inStrides.1 + i * b.inStrides.0])
                }
            }
        }
    }

    /// `vectorized_inner_reduction`: four registers over blocks of `4 * width`, folded pairwise,
    /// then lane by lane into the slot; the tail follows element by element.
    private static func inner<T: FloatElement>(
        _ p: UnsafePointer<T>, count n: Int, into out: UnsafeMutablePointer<T>, _ op: (T, T) -> T
    ) {
        let w = VectorMath.width(T.self)
        let block = 4 * w
        let blocks = n / block
        if blocks > 0 {
            var acc = (0..<block).map { p[$0] }
            for i in 1..<blocks {
                for j in 0..<block { acc[j] = op(acc[j], p[i * block + j]) }
            }
            var folded = op(op(acc[0], acc[w]), op(acc[2 * w], acc[3 * w]))
            for l in 1..<w { folded = op(folded, op(op(acc[l], acc[w + l]), op(acc[2 * w + l], acc[3 * w + l]))) }
            out.pointee = op(out.pointee, folded)
        }
        for k in (blocks * block)..<n { out.pointee = op(out.pointee, p[k]) }
    }

    /// `vectorized_outer_reduction`: columns in groups of `4 * width` reduced down the rows from
    /// their first element, then combined with the slot; the remaining columns element by element.
    private static func outer<T: FloatElement>(
        _ p: UnsafePointer<T>, rows: Int, rowStride: Int, columns: Int, into out: UnsafeMutablePointer<T>,
        _ op: (T, T) -> T
    ) {
        let group = 4 * VectorMath.width(T.self)
        let grouped = columns / group * group
        for column in 0..<grouped {
            var acc = p[column]
            for i in 1..<Swift.max(rows, 1) { acc = op(acc, p[i * rowStride + column]) }
            out[column] = op(acc, out[column])
        }
        for column in grouped..<columns {
            for i in 0..<rows { out[column] = op(out[column], p[i * rowStride + column]) }
        }
    }

    /// `std_var_all_cpu`'s sum of squared deviations from `mean`, in double: one partial sum per
    /// 2-d block of the input's iterator (memory order), added to the total block by block.
    static func squaredDeviations<T: FloatElement>(_ t: Tensor, mean: Double, _: T.Type) -> Double {
        let loop = ReductionIterator(shape: t.shape, strides: t.strides, reduced: Array(0..<t.dim))
        let p = UnsafePointer(t.pointer(T.self) + t.offset)
        var total = 0.0
        withExtendedLifetime(t) {
            loop.forEachBlock { input, _, b in
                var local = 0.0
                for i in 0..<b.sizes.1 {
                    for j in 0..<b.sizes.0 {
                        let dx = Double(p[input + i * b.inStrides.1 + j * b.inStrides.0]) - mean
                        local += dx * dx
                    }
                }
                total += local
            }
        }
        return total
    }

    /// The 2-norm of every element: over one contiguous run (after the iterator merged what it
    /// could) ATen's `norm_two_reduce_step` lanes, folded in order, then the tail as the compiled
    /// kernel adds it; otherwise `NormTwoOps`, element by element in memory order.
    static func twoNorm<T: FloatElement>(_ t: Tensor, _: T.Type) throws -> T {
        let t = try t.materializedIfHugeExpanded()
        let loop = ReductionIterator(shape: t.shape, strides: t.strides, reduced: Array(0..<t.dim))
        let p = UnsafePointer(t.pointer(T.self) + t.offset)
        // `linalg_vector_norm` over size-1 dimensions only is the absolute value (no square root).
        if t.shape.allSatisfy({ $0 == 1 }) { return withExtendedLifetime(t) { p[0].magnitude } }
        var total: T = 0
        withExtendedLifetime(t) {
            if loop.isOneContiguousRun {
                total = lanesOfSquares(p, count: t.numel)
                return
            }
            loop.forEachBlock { input, _, b in
                for i in 0..<b.sizes.1 {
                    for j in 0..<b.sizes.0 {
                        let x = p[input + i * b.inStrides.1 + j * b.inStrides.0]
                        total = total + x * x
                    }
                }
            }
        }
        return total.squareRoot()
    }

    private static func lanesOfSquares<T: FloatElement>(_ p: UnsafePointer<T>, count n: Int) -> T {
        let w = VectorMath.width(T.self)
        var lanes = [T](repeating: 0, count: w)
        var d = 0
        while d + w <= n {
            for l in 0..<w { lanes[l] = lanes[l] + p[d + l] * p[d + l] }
            d += w
        }
        var total = lanes[0]
        for l in 1..<w { total = total + lanes[l] }
        // The compiled tail loop squares one 16-byte register's worth (4 floats, 2 doubles) with
        // a plain multiply, then fuses the multiply-add for the rest (measured on the wheel).
        let half = w / 2
        if n - d >= half {
            for k in d..<(d + half) { total = total + p[k] * p[k] }
            d += half
        }
        for k in d..<n { total.addProduct(p[k], p[k]) }
        return total
    }
}

extension ReductionIterator {
    /// One dimension left after merging, walked with stride 1 (ATen's `is_reduce_lastdim` for a
    /// full reduction).
    var isOneContiguousRun: Bool { shape.count <= 1 && (inStrides.first ?? 1) == 1 }
}
