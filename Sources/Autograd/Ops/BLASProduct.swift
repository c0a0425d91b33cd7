/// One batched floating product `C[b] = A[b] · B[b]`, sent to BLAS's dot, gemv or gemm by its sizes.
///
/// Operands are read where they lie whenever BLAS can index them (row-major, or column-major through
/// the transpose flag, so `a.t() @ b` copies nothing); any other layout is packed first.
struct BLASProduct<T: BLASElement> {
    let a: Tensor
    let la: MatrixLayout
    let b: Tensor
    let lb: MatrixLayout
    let sizes: ProductSizes

    /// Writes the products into `out`, a contiguous tensor of `batch · n · m` elements.
    func run(into out: Tensor) throws {
        let c = out.pointer(T.self) + out.offset
        guard fitsBLAS else {
            try MatrixKernels.loop(a.pointer(T.self), la, b.pointer(T.self), lb, c, sizes) { $0 + $1 * $2 }
            return
        }
        BLASThreads.prepare(work: multiplyAdds)
        if sizes.n == 1 && sizes.m == 1 {
            try dots(into: c)
        } else if sizes.m == 1 {
            try matrixVector(into: c)
        } else if sizes.n == 1 {
            try vectorMatrix(into: c)
        } else {
            try matrixMatrix(into: c)
        }
    }

    /// How many multiply-adds the product takes (saturating: an expanded operand can be huge).
    private var multiplyAdds: Int {
        [sizes.n, sizes.k, sizes.m].reduce(sizes.batch) { total, size in
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            return overflow ? Int.max : product
        }
    }

    /// BLAS indexes with `BLASIndex`; sizes or strides beyond it take the plain loop.
    private var fitsBLAS: Bool {
        let limit = Int(BLASIndex.max)
        let values = [sizes.n, sizes.k, sizes.m, la.rowStride, la.colStride, lb.rowStride, lb.colStride]
        return values.allSatisfy { $0 >= 0 && $0 <= limit }
    }

    /// The operand itself when BLAS can read it, else a packed copy.
    private func prepared(
        _ t: Tensor, _ layout: MatrixLayout, rows: Int, cols: Int, usable: (MatrixLayout) -> Bool
    ) throws -> (Tensor, MatrixLayout) {
        if usable(layout) { return (t, layout) }
        return try MatrixKernels.packed(t, layout, T.self, batch: sizes.batch, rows: rows, cols: cols)
    }

    private static func start(_ t: Tensor, _ layout: MatrixLayout, _ batch: Int) -> UnsafePointer<T> {
        UnsafePointer(t.pointer(T.self) + layout.offset + batch * layout.batchStride)
    }

    /// A vector increment BLAS accepts: any for one element, else non-zero.
    private static func increment(_ stride: Int, length: Int) -> BLASIndex? {
        length == 1 ? 1 : stride == 0 ? nil : BLASIndex(stride)
    }

    /// (1 × k) · (k × 1) per batch.
    private func dots(into c: UnsafeMutablePointer<T>) throws {
        let k = sizes.k
        let (x, lx) = try prepared(a, la, rows: 1, cols: k) { Self.increment($0.colStride, length: k) != nil }
        let (y, ly) = try prepared(b, lb, rows: k, cols: 1) { Self.increment($0.rowStride, length: k) != nil }
        let incx = Self.increment(lx.colStride, length: k) ?? 1
        let incy = Self.increment(ly.rowStride, length: k) ?? 1
        try withExtendedLifetime((x, y)) {
            for batch in 0..<sizes.batch {
                if batch % Interruption.chunk == 0 { try Interruption.check() }
                c[batch] = T.dot(BLASIndex(k), Self.start(x, lx, batch), incx, Self.start(y, ly, batch), incy)
            }
        }
    }

    /// (n × k) · (k × 1) per batch: gemv on A.
    private func matrixVector(into c: UnsafeMutablePointer<T>) throws {
        let (n, k) = (sizes.n, sizes.k)
        let (matrix, lm) = try prepared(a, la, rows: n, cols: k) { BLASOrder(rows: n, cols: k, $0) != nil }
        let (vector, lv) = try prepared(b, lb, rows: k, cols: 1) { Self.increment($0.rowStride, length: k) != nil }
        let order = BLASOrder(rows: n, cols: k, lm) ?? BLASOrder(transposed: false, leading: k)
        let inc = Self.increment(lv.rowStride, length: k) ?? 1
        let (rows, cols) = order.transposed ? (k, n) : (n, k)
        try withExtendedLifetime((matrix, vector)) {
            for batch in 0..<sizes.batch {
                try Interruption.check()
                T.gemv(
                    order.transposed, BLASIndex(rows), BLASIndex(cols), Self.start(matrix, lm, batch), BLASIndex(order.leading),
                    Self.start(vector, lv, batch), inc, c + batch * n)
            }
        }
    }

    /// (1 × k) · (k × m) per batch: gemv on B's transpose.
    private func vectorMatrix(into c: UnsafeMutablePointer<T>) throws {
        let (k, m) = (sizes.k, sizes.m)
        let (vector, lv) = try prepared(a, la, rows: 1, cols: k) { Self.increment($0.colStride, length: k) != nil }
        let (matrix, lm) = try prepared(b, lb, rows: k, cols: m) { BLASOrder(rows: k, cols: m, $0) != nil }
        let order = BLASOrder(rows: k, cols: m, lm) ?? BLASOrder(transposed: false, leading: m)
        let inc = Self.increment(lv.colStride, length: k) ?? 1
        let (rows, cols) = order.transposed ? (m, k) : (k, m)
        try withExtendedLifetime((matrix, vector)) {
            for batch in 0..<sizes.batch {
                try Interruption.check()
                T.gemv(
                    !order.transposed, BLASIndex(rows), BLASIndex(cols), Self.start(matrix, lm, batch),
                    BLASIndex(order.leading), Self.start(vector, lv, batch), inc, c + batch * m)
            }
        }
    }

    /// (n × k) · (k × m) per batch: gemm.
    private func matrixMatrix(into c: UnsafeMutablePointer<T>) throws {
        let (n, k, m) = (sizes.n, sizes.k, sizes.m)
        let (left, ll) = try prepared(a, la, rows: n, cols: k) { BLASOrder(rows: n, cols: k, $0) != nil }
        let (right, lr) = try prepared(b, lb, rows: k, cols: m) { BLASOrder(rows: k, cols: m, $0) != nil }
        let orderA = BLASOrder(rows: n, cols: k, ll) ?? BLASOrder(transposed: false, leading: k)
        let orderB = BLASOrder(rows: k, cols: m, lr) ?? BLASOrder(transposed: false, leading: m)
        // A big product runs as blocks of rows of A, so Ctrl-C is noticed between blocks.
        let rowsPerBlock = Self.rowsPerBlock(n: n, k: k, m: m)
        try withExtendedLifetime((left, right)) {
            for batch in 0..<sizes.batch {
                var row = 0
                while row < n {
                    try Interruption.check()
                    let rows = min(rowsPerBlock, n - row)
                    let firstRow = orderA.transposed ? row : row * orderA.leading
                    T.gemm(
                        orderA.transposed, orderB.transposed, BLASIndex(rows), BLASIndex(m), BLASIndex(k),
                        Self.start(left, ll, batch) + firstRow, BLASIndex(orderA.leading), Self.start(right, lr, batch),
                        BLASIndex(orderB.leading), c + batch * n * m + row * m, BLASIndex(m))
                    row += rows
                }
            }
        }
    }

    /// Rows of A per gemm call: all of them for a product under about 2^31 multiply-adds (tens of
    /// milliseconds), else enough rows for that much work and never fewer than 64, so OpenBLAS's
    /// repacking of B for each block stays a few percent of the work.
    static func rowsPerBlock(n: Int, k: Int, m: Int) -> Int {
        let target = 1 << 31
        let (perRow, overflow) = k.multipliedReportingOverflow(by: m)
        guard !overflow, perRow > 0 else { return 64 }
        return min(n, max(64, target / perRow))
    }
}
