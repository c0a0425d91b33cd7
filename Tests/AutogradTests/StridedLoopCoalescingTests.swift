import Testing

@testable import Autograd

/// Coalesced walks visit the same elements in the same order in fewer rows.
struct StridedLoopCoalescingTests {
    @Test func sizeOneDimensionsDropAndContiguousRunsMerge() {
        let column = StridedLoop.coalesced(shape: [256, 1], stridesA: [1, 1], stridesB: [0, 0])
        #expect(column.shape == [256] && column.stridesA == [1] && column.stridesB == [0])
        let rows = StridedLoop.coalesced(shape: [4, 3, 2], stridesA: [6, 2, 1], stridesB: [0, 2, 1])
        #expect(rows.shape == [4, 6] && rows.stridesA == [6, 1] && rows.stridesB == [0, 1])
        let transposed = StridedLoop.coalesced(shape: [3, 5], stridesA: [1, 3], stridesB: [5, 1])
        #expect(transposed.shape == [3, 5] && transposed.stridesA == [1, 3] && transposed.stridesB == [5, 1])
        let single = StridedLoop.coalesced(shape: [1, 1], stridesA: [1, 1], stridesB: [0, 0])
        #expect(single.shape.isEmpty && single.stridesA.isEmpty && single.stridesB.isEmpty)
    }

    @Test func coalescedRowsVisitEveryOffsetInRowMajorOrder() throws {
        var visited: [[Int]] = []
        try StridedLoop.forEachRow2Checked(
            shape: [2, 1, 3], stridesA: [3, 3, 1], startA: 10, stridesB: [0, 0, 1], startB: 4
        ) { a, b, count, sa, sb in
            for i in 0..<count { visited.append([a + i * sa, b + i * sb]) }
        }
        #expect(visited == [[10, 4], [11, 5], [12, 6], [13, 4], [14, 5], [15, 6]])
    }

    @Test(arguments: [DType.float32, .float64, .int64])
    func broadcastColumnsAndInnerOnesMatchTheirMaterialisedForms(dtype: DType) throws {
        let column = try ElementwiseKernelsTests.tensor([17, 1], dtype, seed: 12)
        let one = try ElementwiseKernelsTests.tensor([1], dtype, seed: 13)
        let cube = try ElementwiseKernelsTests.tensor([3, 1, 5], dtype, seed: 14)
        let plane = try ElementwiseKernelsTests.tensor([4, 5], dtype, seed: 15)
        for (name, op) in ElementwiseKernelsTests.ops {
            #expect(try op(column, one).scalars == op(column, one.expand([17, 1]).contiguous()).scalars, "\(name)")
            #expect(
                try op(cube, plane).scalars
                    == op(cube.expand([3, 4, 5]).contiguous(), plane.expand([3, 4, 5]).contiguous()).scalars, "\(name)")
        }
    }
}
