import Testing

@testable import Autograd

/// The BLAS-backed kernel reads operands in every layout it meets and agrees with a plain product.
@Suite(.serialized)
struct BLASProductTests {
    typealias F = LinalgFixture

    /// Operand layouts a product meets: contiguous, transposed, sliced, expanded.
    static func layouts(_ rows: Int, _ cols: Int, dtype: DType, start: Int) throws -> [Tensor] {
        let plain = try F.tensor([rows, cols], start: start, dtype: dtype)
        let transposed = try F.tensor([cols, rows], start: start, dtype: dtype).t()
        let wide = try F.tensor([rows, cols + 2], start: start, dtype: dtype)
        let sliced = try wide.slice(1, start: 1, stop: cols + 1, step: 1)
        let strided = try F.tensor([rows * 2, cols], start: start, dtype: dtype).slice(0, start: 0, stop: rows * 2, step: 2)
        let row = try F.tensor([1, cols], start: start, dtype: dtype).expand([rows, cols])
        let column = try F.tensor([rows, 1], start: start, dtype: dtype).expand([rows, cols])
        return [plain, transposed, sliced, strided, row, column]
    }

    @Test(arguments: [DType.float32, .float64], [(2, 3, 4), (1, 3, 4), (2, 3, 1), (1, 5, 1), (4, 1, 3), (3, 2, 2)])
    func everyLayoutMatchesThePlainProduct(_ dtype: DType, _ sizes: (Int, Int, Int)) throws {
        let (n, k, m) = sizes
        for a in try Self.layouts(n, k, dtype: dtype, start: 1) {
            for b in try Self.layouts(k, m, dtype: dtype, start: 2) {
                let r = try a.mm(b)
                let expected = F.reference(a.doubles, b.doubles, n: n, k: k, m: m)
                #expect(r.shape == [n, m])
                for (x, y) in zip(r.doubles, expected) { #expect(abs(x - y) < 1e-5, "\(a.strides) \(b.strides)") }
            }
        }
    }

    @Test func vectorsWithZeroStrideArePackedBeforeBLASSeesThem() throws {
        let v = try F.tensor([1], start: 3).expand([4])
        let m = try F.tensor([2, 4], start: 1)
        #expect(try m.mv(v).doubles == F.reference(m.doubles, v.doubles, n: 2, k: 4, m: 1))
        #expect(try v.dot(v).doubles == [v.doubles.map { $0 * $0 }.reduce(0, +)])
        #expect(try v.matmul(m.t()).doubles == F.reference(v.doubles, m.t().doubles, n: 1, k: 4, m: 2))
    }

    @Test func broadcastBatchesAreReadWithoutCopies() throws {
        let a = try F.tensor([1, 2, 3], start: 1, dtype: .float64).expand([3, 2, 3])
        let b = try F.tensor([3, 3, 2], start: 2, dtype: .float64)
        let r = try a.bmm(b)
        for batch in 0..<3 {
            let bb = try b.select(0, batch)
            let expected = F.reference(try a.select(0, 0).doubles, bb.doubles, n: 2, k: 3, m: 2)
            #expect(try r.select(0, batch).doubles == expected)
        }
    }

    @Test func blasOrderReadsRowAndColumnMajorInPlace() {
        let rowMajor = MatrixLayout(offset: 0, batchStride: 0, rowStride: 5, colStride: 1)
        #expect(BLASOrder(rows: 2, cols: 3, rowMajor) == BLASOrder(transposed: false, leading: 5))
        let columnMajor = MatrixLayout(offset: 0, batchStride: 0, rowStride: 1, colStride: 4)
        #expect(BLASOrder(rows: 3, cols: 2, columnMajor) == BLASOrder(transposed: true, leading: 4))
        let expanded = MatrixLayout(offset: 0, batchStride: 0, rowStride: 0, colStride: 1)
        #expect(BLASOrder(rows: 3, cols: 2, expanded) == nil)
        let oneRow = MatrixLayout(offset: 0, batchStride: 0, rowStride: 0, colStride: 1)
        #expect(BLASOrder(rows: 1, cols: 4, oneRow) == BLASOrder(transposed: false, leading: 4))
    }

    @Test func smallProductsRunOnOneThreadAndLargeOnesOnEveryCore() {
        #expect(BLASThreads.threads(forWork: 64 * 64 * 64) == 1)
        #expect(BLASThreads.threads(forWork: 512 * 512 * 512) >= 1)
        #expect(BLASThreads.threads(forWork: 512 * 512 * 512) == BLASThreads.threads(forWork: Int.max))
    }
}
