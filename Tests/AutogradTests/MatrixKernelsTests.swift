import Testing

@testable import Autograd

/// The plain loop and the packing the BLAS path falls back on.
@Suite(.serialized)
struct MatrixKernelsTests {
    @Test func integerLoopWrapsInsteadOfTrapping() throws {
        let big = try Tensor.full([1, 2], .int(Int64.max), dtype: .int64)
        let r = try big.mm(big.t())
        #expect(r.scalars == [.int(2)])
        let i32 = try Tensor.full([3], .int(Int64(Int32.max)), dtype: .int32)
        #expect(try i32.dot(i32).scalars == [.int(3)])
    }

    @Test func emptyContractionGivesZeros() throws {
        for dtype in [DType.float32, .float64, .int64, .int32] {
            let r = try Tensor.ones([2, 0], dtype: dtype).mm(Tensor.ones([0, 3], dtype: dtype))
            #expect(r.shape == [2, 3])
            #expect(r.doubles == [Double](repeating: 0, count: 6))
        }
    }

    @Test func packingCopiesARepeatedMatrixOnce() throws {
        let t = try LinalgFixture.tensor([2, 3])
        let layout = MatrixLayout(offset: 0, batchStride: 0, rowStride: 1, colStride: 2)
        let (copy, packed) = try MatrixKernels.packed(t, layout, Float.self, batch: 5, rows: 2, cols: 3)
        #expect(copy.shape == [1, 2, 3])
        #expect(packed == MatrixLayout(offset: 0, batchStride: 0, rowStride: 3, colStride: 1))
        #expect(copy.doubles == (try t.view([3, 2]).t().doubles))
    }
}
