import CMKL
import COpenBLAS
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// BLAS's integer for sizes, strides and increments (32 bits in Debian's OpenBLAS).
typealias BLASIndex = blasint

/// The floating dtypes OpenBLAS (or MKL, under `make WICK_BLAS=mkl`) multiplies, each with its own
/// precision's routines (row-major).
///
/// `gemm` adds into `c` (beta = 1), which callers zero first: with beta = 0 OpenBLAS zeroes C in
/// a pass of its own (`sgemm_beta`), which took 7.6% of a 128 × 128 product against 2% for
/// `memset`; the sums are the same (0 + x either way).
protocol BLASElement: BinaryFloatingPoint {
    static func gemm(
        _ transA: Bool, _ transB: Bool, _ m: blasint, _ n: blasint, _ k: blasint,
        _ a: UnsafePointer<Self>, _ lda: blasint, _ b: UnsafePointer<Self>, _ ldb: blasint,
        _ c: UnsafeMutablePointer<Self>, _ ldc: blasint)
    static func gemv(
        _ trans: Bool, _ m: blasint, _ n: blasint, _ a: UnsafePointer<Self>, _ lda: blasint,
        _ x: UnsafePointer<Self>, _ incx: blasint, _ y: UnsafeMutablePointer<Self>)
    static func dot(_ n: blasint, _ x: UnsafePointer<Self>, _ incx: blasint, _ y: UnsafePointer<Self>, _ incy: blasint) -> Self
}

private func flag(_ transposed: Bool) -> CBLAS_TRANSPOSE { transposed ? CblasTrans : CblasNoTrans }

extension Float: BLASElement {
    static func gemm(
        _ transA: Bool, _ transB: Bool, _ m: blasint, _ n: blasint, _ k: blasint,
        _ a: UnsafePointer<Float>, _ lda: blasint, _ b: UnsafePointer<Float>, _ ldb: blasint,
        _ c: UnsafeMutablePointer<Float>, _ ldc: blasint
    ) {
        guard !MKL.isActive else { return wick_mkl_sgemm(transA ? 1 : 0, transB ? 1 : 0, m, n, k, a, lda, b, ldb, 1, c, ldc) }
        cblas_sgemm(CblasRowMajor, flag(transA), flag(transB), m, n, k, 1, a, lda, b, ldb, 1, c, ldc)
    }

    static func gemv(
        _ trans: Bool, _ m: blasint, _ n: blasint, _ a: UnsafePointer<Float>, _ lda: blasint,
        _ x: UnsafePointer<Float>, _ incx: blasint, _ y: UnsafeMutablePointer<Float>
    ) {
        guard !MKL.isActive else { return wick_mkl_sgemv(trans ? 1 : 0, m, n, a, lda, x, incx, y) }
        cblas_sgemv(CblasRowMajor, flag(trans), m, n, 1, a, lda, x, incx, 0, y, 1)
    }

    static func dot(_ n: blasint, _ x: UnsafePointer<Float>, _ incx: blasint, _ y: UnsafePointer<Float>, _ incy: blasint)
        -> Float
    {
        MKL.isActive ? wick_mkl_sdot(n, x, incx, y, incy) : cblas_sdot(n, x, incx, y, incy)
    }
}

extension Double: BLASElement {
    static func gemm(
        _ transA: Bool, _ transB: Bool, _ m: blasint, _ n: blasint, _ k: blasint,
        _ a: UnsafePointer<Double>, _ lda: blasint, _ b: UnsafePointer<Double>, _ ldb: blasint,
        _ c: UnsafeMutablePointer<Double>, _ ldc: blasint
    ) {
        guard !MKL.isActive else { return wick_mkl_dgemm(transA ? 1 : 0, transB ? 1 : 0, m, n, k, a, lda, b, ldb, 1, c, ldc) }
        cblas_dgemm(CblasRowMajor, flag(transA), flag(transB), m, n, k, 1, a, lda, b, ldb, 1, c, ldc)
    }

    static func gemv(
        _ trans: Bool, _ m: blasint, _ n: blasint, _ a: UnsafePointer<Double>, _ lda: blasint,
        _ x: UnsafePointer<Double>, _ incx: blasint, _ y: UnsafeMutablePointer<Double>
    ) {
        guard !MKL.isActive else { return wick_mkl_dgemv(trans ? 1 : 0, m, n, a, lda, x, incx, y) }
        cblas_dgemv(CblasRowMajor, flag(trans), m, n, 1, a, lda, x, incx, 0, y, 1)
    }

    static func dot(
        _ n: blasint, _ x: UnsafePointer<Double>, _ incx: blasint, _ y: UnsafePointer<Double>, _ incy: blasint
    ) -> Double {
        MKL.isActive ? wick_mkl_ddot(n, x, incx, y, incy) : cblas_ddot(n, x, incx, y, incy)
    }
}

/// How BLAS reads one matrix where it lies: as stored (row-major) or as the transpose of a
/// row-major matrix (column-major, as `a.t()` leaves it), with the leading dimension.
struct BLASOrder: Equatable {
    let transposed: Bool
    let leading: Int

    /// The order that reads a rows × cols matrix in place, or nil when its strides fit neither
    /// (then it is packed first). Size-1 dimensions may have any stride.
    init?(rows: Int, cols: Int, _ layout: MatrixLayout) {
        if (cols == 1 || layout.colStride == 1) && (rows == 1 || layout.rowStride >= max(1, cols)) {
            self.init(transposed: false, leading: rows == 1 ? max(1, cols) : layout.rowStride)
        } else if (rows == 1 || layout.rowStride == 1) && (cols == 1 || layout.colStride >= max(1, rows)) {
            self.init(transposed: true, leading: cols == 1 ? max(1, rows) : layout.colStride)
        } else {
            return nil
        }
    }

    init(transposed: Bool, leading: Int) {
        self.transposed = transposed
        self.leading = leading
    }
}

/// OpenBLAS's thread count, chosen per product and never above the session's (`Parallel`).
///
/// Below about two million multiply-adds a second thread costs more to wake than it saves, and
/// OpenBLAS's idle threads spin after each call on the core the interpreter needs, so small
/// products run on one thread and large ones on `torch.get_num_threads()`. A user who sets
/// `OPENBLAS_NUM_THREADS` keeps that choice; `OPENBLAS_CORETYPE` is OpenBLAS's own business.
enum BLASThreads {
    static let threshold = 1 << 21
    private static let userChosen = getenv("OPENBLAS_NUM_THREADS") != nil
    private static let current = Atomic<Int>(0)

    /// The threads a product of `work` multiply-adds should use.
    static func threads(forWork work: Int) -> Int { work >= threshold ? min(Parallel.threadCount, 64) : 1 }

    /// Sets the thread count for a product of `work` multiply-adds, calling OpenBLAS only on a change.
    static func prepare(work: Int) {
        guard !userChosen else { return }
        let wanted = threads(forWork: work)
        guard current.exchange(wanted, ordering: .relaxed) != wanted else { return }
        openblas_set_num_threads(Int32(wanted))
    }
}
