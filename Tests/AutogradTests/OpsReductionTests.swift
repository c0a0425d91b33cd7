import Testing

@testable import Autograd

struct OpsReductionTests {
    @Test func sumWithADtypeConvertsFirstAndReturnsGradientsInTheInputDtype() throws {
        let x = try Make.floats([1, 2, 3, 4.5], [2, 2], requiresGrad: true)
        let y = try x.sum(dtype: .float64)
        #expect(y.dtype == .float64)
        #expect(y.gradFn?.nextFunctions.first?.node?.typeName == "AccumulateGrad")
        let g = try #require(Autograd.grad(outputs: [y], inputs: [x]).first ?? nil)
        #expect(g.dtype == .float32)
        #expect(try Make.floats([1.5, 2.5]).sum(dtype: .int64).doubles == [3])
    }

    @Test func integerSumsAreInt64AndIntegerMeansNeedADtype() throws {
        #expect(try Make.bools([true, false, true]).sum(dims: [0], keepDim: false).dtype == .int64)
        #expect(try Make.longs([1, 2]).mean(dtype: .float32).doubles == [1.5])
        #expect(
            throws: TorchError(
                .notImplementedError,
                "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long")
        ) { try Make.longs([1, 2]).mean() }
    }

    @Test func normSumsSquaresInRegisterLanes() throws {
        let values = (0..<37).map { Double(Float(Double.sin(Double($0)) * 3)) }
        let x = try Make.floats(values)
        var lanes = [Float](repeating: 0, count: 8)
        for i in 0..<32 { lanes[i % 8] += Float(values[i]) * Float(values[i]) }
        var total = lanes[0]
        for l in 1..<8 { total += lanes[l] }
        for i in 32..<37 { total += Float(values[i]) * Float(values[i]) }
        #expect(try x.norm().doubles == [Double(total.squareRoot())])
        #expect(
            throws: TorchError(
                .notImplementedError, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long")
        ) {
            try Make.longs([1]).norm()
        }
    }
}
