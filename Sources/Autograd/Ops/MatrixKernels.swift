/// Where a batch of matrices lives in a tensor's storage: matrix `b` starts at
/// `offset + b * batchStride`, element (i, j) sits `i * rowStride + j * colStride` further on.
///
/// A batch stride of 0 repeats one matrix, which is how broadcast (expanded) batches are
/// multiplied without copying them.
struct MatrixLayout: Equatable {
    var offset: Int
    var batchStride: Int
    var rowStride: Int
    var colStride: Int

    /// A 2-d tensor as a batch of one.
    static func matrix(_ t: Tensor) -> MatrixLayout {
        MatrixLayout(offset: t.offset, batchStride: 0, rowStride: t.strides[0], colStride: t.strides[1])
    }

    /// A 3-d tensor: one matrix per index of its first dimension.
    static func batch(_ t: Tensor) -> MatrixLayout {
        MatrixLayout(offset: t.offset, batchStride: t.strides[0], rowStride: t.strides[1], colStride: t.strides[2])
    }

    /// A 1-d tensor as a k × 1 column.
    static func column(_ t: Tensor) -> MatrixLayout {
        MatrixLayout(offset: t.offset, batchStride: 0, rowStride: t.strides[0], colStride: 1)
    }

    /// A 1-d tensor as a 1 × k row.
    static func row(_ t: Tensor) -> MatrixLayout {
        MatrixLayout(offset: t.offset, batchStride: 0, rowStride: 1, colStride: t.strides[0])
    }

    /// The layout of a contiguous (batch, rows, cols) buffer.
    static func packed(rows: Int, cols: Int) -> MatrixLayout {
        MatrixLayout(offset: 0, batchStride: rows * cols, rowStride: cols, colStride: 1)
    }
}

/// Sizes of a batched product: `batch` times an (n × k) matrix by a (k × m) matrix.
struct ProductSizes: Equatable {
    let batch: Int
    let n: Int
    let k: Int
    let m: Int
}

/// Forward kernels of the matrix products: floats through OpenBLAS, integers through a plain loop.
enum MatrixKernels {
    /// `C[b] = A[b] · B[b]` for every batch index, into a new contiguous tensor of `resultShape`
    /// (which holds `batch · n · m` elements in row-major order). Both operands share one dtype.
    static func product(
        _ a: Tensor, _ la: MatrixLayout, _ b: Tensor, _ lb: MatrixLayout, _ sizes: ProductSizes,
        resultShape: [Int]
    ) throws -> Tensor {
        let out = try Tensor(zeros: resultShape, dtype: a.dtype)
        // An empty contraction (k == 0) sums nothing: the zeros are already the answer.
        guard sizes.batch > 0, sizes.n > 0, sizes.m > 0, sizes.k > 0 else { return out }
        try a.dtype.dispatch(Product(a: a, la: la, b: b, lb: lb, sizes: sizes, out: out))
        return out
    }

    private struct Product: DTypeVisitor {
        typealias Output = Void
        let a: Tensor
        let la: MatrixLayout
        let b: Tensor
        let lb: MatrixLayout
        let sizes: ProductSizes
        let out: Tensor

        func floating<T: FloatElement>(_: T.Type) throws {
            try BLASProduct<T>(a: a, la: la, b: b, lb: lb, sizes: sizes).run(into: out)
        }
        func integral<T: IntegerElement>(_: T.Type) throws {
            try MatrixKernels.loop(a.pointer(T.self), la, b.pointer(T.self), lb, out.pointer(T.self), sizes) { $0 &+ $1 &* $2 }
        }
        /// Callers reject bool products with PyTorch's NotImplementedError before getting here.
        func boolean() throws { throw TorchError.notImplemented("addmm_impl_cpu_", .bool) }
    }

    /// The plain triple loop, for integer dtypes (wrapping like PyTorch's) and sizes BLAS cannot index.
    @inline(__always)
    static func loop<T: Numeric>(
        _ pa: UnsafeMutablePointer<T>, _ la: MatrixLayout, _ pb: UnsafeMutablePointer<T>, _ lb: MatrixLayout,
        _ pc: UnsafeMutablePointer<T>, _ sizes: ProductSizes, _ multiplyAdd: (T, T, T) -> T
    ) throws {
        var c = 0
        for batch in 0..<sizes.batch {
            let baseA = la.offset + batch * la.batchStride
            let baseB = lb.offset + batch * lb.batchStride
            for i in 0..<sizes.n {
                let rowA = baseA + i * la.rowStride
                for j in 0..<sizes.m {
                    var total: T = .zero
                    var offA = rowA
                    var offB = baseB + j * lb.colStride
                    // An expanded operand can make k astronomically long: Ctrl-C is checked along it.
                    var remaining = sizes.k
                    while remaining > 0 {
                        for _ in 0..<min(remaining, Interruption.chunk) {
                            total = multiplyAdd(total, pa[offA], pb[offB])
                            offA += la.colStride
                            offB += lb.rowStride
                        }
                        remaining -= Interruption.chunk
                        if remaining > 0 { try Interruption.check() }
                    }
                    pc[c] = total
                    c += 1
                }
                try Interruption.check()
            }
        }
    }

    /// A contiguous copy of a batch of matrices, with its layout; a repeated (broadcast) matrix is
    /// copied once and stays repeated.
    static func packed<T>(
        _ t: Tensor, _ layout: MatrixLayout, _: T.Type, batch: Int, rows: Int, cols: Int
    ) throws -> (Tensor, MatrixLayout) {
        let count = layout.batchStride == 0 ? 1 : batch
        let copy = try Tensor(uninitialized: [count, rows, cols], dtype: t.dtype)
        let source = t.pointer(T.self)
        let target = copy.pointer(T.self)
        var c = 0
        for b in 0..<count {
            for i in 0..<rows {
                let row = layout.offset + b * layout.batchStride + i * layout.rowStride
                for j in 0..<cols {
                    target[c] = source[row + j * layout.colStride]
                    c += 1
                }
            }
        }
        var packedLayout = MatrixLayout.packed(rows: rows, cols: cols)
        if count == 1 { packedLayout.batchStride = 0 }
        return (copy, packedLayout)
    }
}
