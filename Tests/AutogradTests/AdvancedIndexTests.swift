import Testing

@testable import Autograd

/// Tensor indices (`Ops/AdvancedIndex.swift`, `Ops/Ops+AdvancedIndexing.swift`).
struct AdvancedIndexTests {
    static func grid() throws -> Tensor {
        try Tensor.arange(start: .int(0), end: .int(24), step: .int(1)).view([2, 3, 4])
    }

    @Test func adjacentIndicesReplaceTheirDimensionsInPlace() throws {
        let r = try Self.grid().index([nil, GradientCases.longs([0, 1]), GradientCases.longs([1, 2])])
        #expect(r.shape == [2, 2])
        #expect(r.doubles == [1, 6, 13, 18])
    }

    @Test func separatedIndicesMoveTheirDimensionsFirst() throws {
        let r = try Self.grid().index([GradientCases.longs([0, 1]), nil, GradientCases.longs([1, 2])])
        #expect(r.shape == [2, 3])
        #expect(r.doubles == [1, 5, 9, 14, 18, 22])
    }

    @Test func masksStandForTheirTrueCoordinates() throws {
        let mask = try GradientCases.flags([true, false, true, false, true, false], [2, 3])
        let r = try Self.grid().index([mask])
        #expect(r.shape == [3, 4])
        #expect(r.doubles.prefix(4) == [0, 1, 2, 3])
    }

    @Test func outOfRangeIndexNamesItsPositionAmongTheIndices() throws {
        let x = try Tensor.zeros([2, 3])
        #expect(throws: TorchError(.indexError, "index 3 is out of bounds for dimension 0 with size 3")) {
            try x.index([nil, GradientCases.longs([3])])
        }
        #expect(throws: TorchError(.indexError, "tensors used as indices must be long, int, byte or bool tensors")) {
            try x.index([try Tensor.zeros([1])])
        }
    }

    @Test func indexPutReplacesOrAccumulates() throws {
        let x = try Tensor.zeros([3])
        let values = try Tensor.from([.float(1), .float(2), .float(3)], shape: [3], dtype: .float32)
        try x.indexPutInPlace([GradientCases.longs([0, 0, 2])], values, accumulate: true)
        #expect(x.doubles == [3, 0, 3])
        try x.indexPutInPlace([GradientCases.longs([1])], Tensor.scalarTensor(.int(7), dtype: .float32))
        #expect(x.doubles == [3, 7, 3])
        #expect(throws: TorchError.self) { try x.indexPutInPlace([GradientCases.longs([0, 1])], values) }
    }

    @Test func catSkipsLegacyEmptyTensorsAndPromotes() throws {
        let ints = try GradientCases.longs([1, 2])
        let floats = try Tensor.from([.float(1.5)], shape: [1], dtype: .float32)
        let joined = try Tensor.cat([try Tensor.zeros([0]), ints, floats], dim: 0)
        #expect(joined.dtype == .float32 && joined.doubles == [1, 2, 1.5])
        #expect(throws: TorchError.self) { try Tensor.cat([ints, try Tensor.zeros([2, 2])], dim: 0) }
    }

    @Test func arangeAndLinspaceFollowPyTorchsCountsAndEnds() throws {
        #expect(try Tensor.arange(start: .int(0), end: .float(1), step: .float(0.25)).doubles == [0, 0.25, 0.5, 0.75])
        #expect(try Tensor.arange(start: .int(10), end: .int(0), step: .int(-3)).doubles == [10, 7, 4, 1])
        let truncated = try Tensor.arange(start: .int(0), end: .int(5), step: .float(1.5), dtype: .int64)
        #expect(truncated.doubles == [0, 1, 2, 3])
        #expect(try Tensor.linspace(start: .int(0), end: .int(10), steps: 1).doubles == [0])
        #expect(try Tensor.linspace(start: .int(0), end: .int(10), steps: 5, dtype: .int64).doubles == [0, 2, 5, 7, 10])
        #expect(throws: TorchError.runtime("step must be nonzero")) {
            try Tensor.arange(start: .int(0), end: .int(5), step: .int(0))
        }
    }
}
