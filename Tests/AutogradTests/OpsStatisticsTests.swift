import Testing

@testable import Autograd

struct OpsStatisticsTests {
    @Test func varianceIsUnbiasedUnlessCorrectedOtherwise() throws {
        let x = try Make.doubles([1, 2, 3, 4, 5, 7], [2, 3])
        #expect(abs(try x.variance(dims: nil, correction: 1, keepDim: false).doubles[0] - 4.666_666_666_666_667) < 1e-12)
        #expect(try x.variance(dims: [1], correction: 0, keepDim: true).shape == [2, 1])
        let rows = try x.standardDeviation(dims: [1], correction: 1, keepDim: false).doubles
        #expect(abs(rows[0] - 1) < 1e-12)
    }

    @Test func varianceOfIntegersIsNotImplemented() throws {
        #expect(throws: TorchError(.notImplementedError, "std and var only support floating point and complex dtypes")) {
            try Make.longs([1, 2]).variance(dims: nil, correction: 1, keepDim: false)
        }
    }

    @Test func varianceWithoutDegreesOfFreedomIsNaN() throws {
        #expect(try Make.floats([1]).variance(dims: [0], correction: 1, keepDim: false).doubles[0].isNaN)
    }

    @Test func productGradientHandlesZeros() throws {
        let one = try Make.floats([2, 0, 3], requiresGrad: true)
        #expect(try Make.gradient(of: one.prod(), one) == [0, 6, 0])
        let two = try Make.floats([2, 0, 0], requiresGrad: true)
        #expect(try Make.gradient(of: two.prod(), two) == [0, 0, 0])
        let columns = try Make.floats([2, 0, 3, 4], [2, 2], requiresGrad: true)
        #expect(try Make.gradient(of: columns.prod(dim: 0, keepDim: false), columns) == [3, 4, 2, 0])
    }

    @Test func productOfIntegersAndBoolsIsInt64() throws {
        #expect(try Make.longs([1, 2, 3]).prod().dtype == .int64)
        #expect(try Make.bools([true, true]).prod().doubles == [1])
        #expect(try Make.floats([1, 5, 5, 4, 2, 6], [2, 3]).prod(dim: 1, keepDim: true).doubles == [25, 48])
    }
}
