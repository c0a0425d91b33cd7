import Testing

@testable import Autograd

struct OpsExtremaTests {
    @Test func wholeTensorMaxSplitsTheGradientAmongTies() throws {
        let x = try Make.floats([1, 2, 2], requiresGrad: true)
        let m = try x.largest()
        #expect(m.gradFn?.typeName == "MaxBackward1")
        #expect(try Make.gradient(of: m, x) == [0, 0.5, 0.5])
    }

    @Test func maxAlongADimensionPicksTheFirstTieAndSendsItTheGradient() throws {
        let x = try Make.floats([1, 5, 5, 4, 2, 6], [2, 3], requiresGrad: true)
        let (values, indices) = try x.largest(along: 1, keepDim: false)
        #expect(values.doubles == [5, 6])
        #expect(indices.doubles == [1, 2])
        #expect(indices.dtype == .int64)
        #expect(try Make.gradient(of: values, x) == [0, 1, 0, 0, 0, 1])
    }

    @Test func minKeepsTheReducedDimensionWhenAsked() throws {
        let (values, indices) = try Make.floats([1, 5, 3, 4, 2, 6], [2, 3]).smallest(along: 0, keepDim: true)
        #expect(values.shape == [1, 3])
        #expect(indices.doubles == [0, 1, 0])
    }

    @Test func nanIsTheExtremeOfMaxAndArgmax() throws {
        let x = try Make.floats([1, .nan, 3])
        #expect(try x.largest().doubles[0].isNaN)
        #expect(try x.argmax(dim: nil, keepDim: false).doubles == [1])
    }

    @Test func emptyReductionsExplainWhatIsMissing() throws {
        let empty = try Make.floats([])
        #expect(
            throws: TorchError.runtime(
                "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."
            )
        ) { try empty.largest() }
        #expect(throws: TorchError(.indexError, "argmax(): Expected reduction dim to be specified for input.numel() == 0.")) {
            try empty.argmax(dim: nil, keepDim: false)
        }
        #expect(throws: TorchError(.indexError, "max(): Expected reduction dim 1 to have non-zero size.")) {
            try Tensor.zeros([2, 0]).largest(along: 1, keepDim: false)
        }
    }

    @Test func argmaxOfIntegersAndAlongDimensions() throws {
        #expect(try Make.longs([3, 1, 3]).argmax(dim: nil, keepDim: false).doubles == [0])
        let x = try Make.floats([1, 5, 3, 4, 2, 6], [2, 3])
        #expect(try x.argmin(dim: 1, keepDim: true).shape == [2, 1])
        #expect(try x.argmax(dim: 0, keepDim: false).doubles == [1, 0, 1])
    }

    @Test func amaxSplitsTiesWithinEachSlice() throws {
        let x = try Make.floats([2, 2, 1, 0, 3, 3], [2, 3], requiresGrad: true)
        let y = try x.amax(dims: [1], keepDim: false)
        #expect(y.gradFn?.typeName == "AmaxBackward0")
        #expect(try Make.gradient(of: y, x) == [0.5, 0.5, 0, 0, 0.5, 0.5])
    }
}
