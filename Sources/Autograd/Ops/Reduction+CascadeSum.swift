/// ATen's CPU summation order for floating tensors, so sums (and means, losses) match PyTorch to
/// the last bit, whatever the input's strides: `cascade_sum` (`SumKernel.cpp`) run over the
/// dimensions `TensorIterator` would give it (`ReductionIterator`), one 2-d block at a time, each
/// block handed to the vector kernels (`VectorKernels.CascadeSum.blockSum`).
enum CascadeSum {
    /// Sums a floating tensor over `dims` (sorted, normalized) into `out`, one value per output
    /// slot in row-major order (`out` holds the product of the kept sizes).
    static func sum<T: FloatElement>(_ t: Tensor, dims: [Int], _: T.Type, into out: UnsafeMutablePointer<T>) throws {
        let outCount = t.shape.enumerated().lazy.filter { !dims.contains($0.offset) }.reduce(1) { $0 * $1.element }
        out.initialize(repeating: 0, count: outCount)
        guard t.numel > 0 else { return }
        let t = try t.materializedIfHugeExpanded()
        let loop = ReductionIterator(shape: t.shape, strides: t.strides, reduced: dims)
        let p = UnsafePointer(t.pointer(T.self) + t.offset)
        try withExtendedLifetime(t) {
            if outCount == 1, try twoPass(loop, p, count: t.numel, into: out) { return }
            try loop.forEachBlock { input, output, block in
                run(block, p + input, out + output)
                try Interruption.check()
            }
        }
    }

    /// The sum of every element, in ATen's order.
    static func total<T: FloatElement>(_ t: Tensor, _: T.Type) throws -> T {
        var result: T = 0
        if t.numel > 0 && t.numel < Parallel.grainSize && t.isContiguous {
            // What `ReductionIterator` makes of any contiguous input: one block of `numel` rows, so a
            // small sum (a 4-element `mean`) skips building the iterator's arrays.
            let block = ReductionIterator.Block(sizes: (t.numel, 1), inStrides: (1, 0), outStrides: (0, 0))
            withExtendedLifetime(t) { run(block, UnsafePointer(t.pointer(T.self) + t.offset), &result) }
            return result
        }
        try sum(t, dims: Array(0..<t.dim), T.self, into: &result)
        return result
    }

    /// One call of `cascade_sum`'s loop: the reduced dimension first; a block with no reduced
    /// dimension (a sum over size-1 dimensions) adds element by element.
    static func run<T: FloatElement>(
        _ block: ReductionIterator.Block, _ p: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>
    ) {
        var b = block
        if b.outStrides.0 != 0 && b.outStrides.1 == 0 {
            swap(&b.sizes.0, &b.sizes.1)
            swap(&b.inStrides.0, &b.inStrides.1)
            swap(&b.outStrides.0, &b.outStrides.1)
        }
        if b.outStrides.0 != 0 {
            for j in 0..<b.sizes.1 {
                for i in 0..<b.sizes.0 {
                    out[i * b.outStrides.0 + j * b.outStrides.1] += p[i * b.inStrides.0 + j * b.inStrides.1]
                }
            }
            return
        }
        let shape = (
            rows: b.sizes.0, rowStride: b.inStrides.0, columns: b.sizes.1, columnStride: b.inStrides.1,
            outStride: b.outStrides.1
        )
        T.cascadeBlock(p, shape, into: out)
    }
}

extension Tensor {
    /// A huge expanded view holds far fewer elements than it shows: reduced in place it could run
    /// for ages between Ctrl-C checks, so it is copied first (and refused by the memory limit).
    func materializedIfHugeExpanded() throws -> Tensor {
        let hugeExpanded = numel > 1 << 24 && zip(shape, strides).contains { $0 > 1 && $1 == 0 }
        return hugeExpanded ? try contiguousData() : self
    }
}
