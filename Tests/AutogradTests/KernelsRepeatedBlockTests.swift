import Testing

@testable import Autograd

/// The small-broadcast paths (a block repeated along rows, one value expanded, a tiny whole sum)
/// give exactly the bits of the general strided walk and of the iterator-built reduction.
struct KernelsRepeatedBlockTests {
    static let ops: [(String, @Sendable (Tensor, Tensor) throws -> Tensor)] = [
        ("add", { try $0 + $1 }), ("sub", { try $0 - $1 }), ("mul", { try $0 * $1 }), ("div", { try $0 / $1 }),
    ]

    @Test func repeatedBlockLengthsFollowTheLayout() throws {
        let m = try ElementwiseKernelsTests.tensor([4, 3, 5], .float32)
        #expect(Kernels.repeatedBlock(m, in: [4, 3, 5]) == 60)
        let row = try ElementwiseKernelsTests.tensor([5], .float32)
        #expect(Kernels.repeatedBlock(row, in: [4, 3, 5]) == 5)
        #expect(Kernels.repeatedBlock(try row.expand([4, 3, 5]), in: [4, 3, 5]) == 5)
        let plane = try ElementwiseKernelsTests.tensor([1, 3, 5], .float32)
        #expect(Kernels.repeatedBlock(plane, in: [4, 3, 5]) == 15)
        let column = try ElementwiseKernelsTests.tensor([3, 1], .float32)
        #expect(Kernels.repeatedBlock(column, in: [4, 3, 5]) == nil)
        #expect(Kernels.repeatedBlock(try ElementwiseKernelsTests.columnMajor(m.view([12, 5])), in: [12, 5]) == nil)
        #expect(Kernels.repeatedBlock(try Tensor.wrapping(.float(2)).expand([4, 3]), in: [4, 3]) == 1)
    }

    @Test(arguments: [DType.float32, .float64, .int64])
    func expandedBlocksMatchTheirMaterialisedForms(dtype: DType) throws {
        let m = try ElementwiseKernelsTests.tensor([6, 4, 7], dtype, seed: 1)
        let blocks = [
            try ElementwiseKernelsTests.tensor([7], dtype, seed: 2).expand([6, 4, 7]),
            try ElementwiseKernelsTests.tensor([4, 7], dtype, seed: 3).expand([6, 4, 7]),
            try ElementwiseKernelsTests.tensor([1, 4, 7], dtype, seed: 4),
            try ElementwiseKernelsTests.tensor([], dtype, seed: 5).expand([6, 4, 7]),
        ]
        for block in blocks {
            let full = try block.expand([6, 4, 7]).contiguous()
            for (name, op) in Self.ops {
                #expect(try op(m, block).scalars == op(m, full).scalars, "\(name) \(block.shape)")
                #expect(try op(block, m).scalars == op(full, m).scalars, "\(name) \(block.shape) lhs")
            }
        }
    }

    @Test func twoExpandedValuesFillTheResult() throws {
        let grad = try Tensor.wrapping(.float(1)).converted(to: .float32).expand([2, 2])
        let result = try grad / Tensor.wrapping(.int(4))
        #expect(result.shape == [2, 2])
        #expect(result.doubles == [0.25, 0.25, 0.25, 0.25])
        #expect(result.isContiguous)
    }

    @Test func resultStridesAreContiguousAsPyTorchGivesThem() throws {
        let x = try ElementwiseKernelsTests.tensor([4, 1], .float32)
        let row = try x.t()
        #expect(row.isContiguous && row.strides == [1, 1])
        #expect(try (row * row).strides == [4, 1])
        #expect(try (x + Tensor.wrapping(.int(2))).strides == [1, 1])
        let m = try ElementwiseKernelsTests.tensor([3, 5], .float32)
        #expect(try (m - m).strides == [5, 1])
    }

    @Test(arguments: [DType.float32, .float64], [[1], [4], [2, 2], [3, 1, 5], [1, 31], [17, 19], [260]])
    func smallContiguousTotalsMatchTheIteratorOrder(dtype: DType, shape: [Int]) throws {
        let t = try ElementwiseKernelsTests.tensor(shape, dtype, seed: 6)
        if dtype == .float32 {
            var expected: Float = 0
            try CascadeSum.sum(t, dims: Array(0..<t.dim), Float.self, into: &expected)
            #expect(try CascadeSum.total(t, Float.self).bitPattern == expected.bitPattern)
        } else {
            var expected: Double = 0
            try CascadeSum.sum(t, dims: Array(0..<t.dim), Double.self, into: &expected)
            #expect(try CascadeSum.total(t, Double.self).bitPattern == expected.bitPattern)
        }
    }
}
