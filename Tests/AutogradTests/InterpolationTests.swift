import Testing

@testable import Autograd

/// `lerp`, `addcmul` and `addcdiv` out of place: PyTorch's values, nodes, broadcasting and errors.
struct InterpolationTests {
    @Test func lerpFromTheNearerEnd() throws {
        let start = try Make.floats([1, 2])
        let end = try Make.floats([3, 5])
        #expect(try start.lerp(end, weight: .float(0.25)).doubles == [1.5, 2.75])
        #expect(try start.lerp(end, weight: .float(0.75)).doubles == [2.5, 4.25])
    }

    @Test func lerpBroadcastsStartAndEnd() throws {
        let start = try Make.floats([1, 2])
        let end = try Make.floats([3, 5], [2, 1])
        let y = try start.lerp(end, weight: .float(0.5))
        #expect(y.shape == [2, 2])
        #expect(y.doubles == [2, 2.5, 3, 3.5])
    }

    @Test func lerpWithATensorWeightRecordsItsNode() throws {
        let start = try Make.floats([0, 0], requiresGrad: true)
        let end = try Make.floats([4, 8], requiresGrad: true)
        let weight = try Make.floats([0.25, 0.75], requiresGrad: true)
        let y = try start.lerp(end, weight: weight)
        #expect(y.doubles == [1, 6])
        #expect(y.gradFn?.typeName == "LerpBackward1")
        #expect(try Make.gradient(of: y, weight) == [4, 8])
        #expect(try Make.gradient(of: start.lerp(end, weight: weight), start) == [0.75, 0.25])
    }

    @Test func lerpRefusesAnotherDtypeForEnd() throws {
        #expect(throws: TorchError(.runtimeError, "expected dtype float for `end` but got dtype double")) {
            try Make.floats([1]).lerp(Make.doubles([2]), weight: .float(0.5))
        }
    }

    @Test func lerpOfIntegersIsNotImplemented() throws {
        #expect(throws: TorchError(.notImplementedError, "\"lerp_kernel_scalar\" not implemented for 'Long'")) {
            try Make.longs([1]).lerp(Make.longs([2]), weight: .float(0.5))
        }
    }

    @Test func addcmulBroadcastsAllThreeAndPromotes() throws {
        let y = try Make.doubles([1, 2, 3]).addcmul(Make.floats([2], [1, 1]), Make.floats([1, 2, 3]), value: .float(0.5))
        #expect(y.shape == [1, 3])
        #expect(y.dtype == .float64)
        #expect(y.doubles == [2, 4, 6])
    }

    @Test func addcmulGradientsScaleByValue() throws {
        let t1 = try Make.floats([1, 2], requiresGrad: true)
        let t2 = try Make.floats([3, 4], requiresGrad: true)
        let y = try Make.floats([0, 0]).addcmul(t1, t2, value: .int(2))
        #expect(y.gradFn?.typeName == "AddcmulBackward0")
        #expect(try Make.gradient(of: y, t1) == [6, 8])
    }

    @Test func addcdivOfIntegerFactorsRaisesPyTorchsError() throws {
        #expect(throws: TorchError(.runtimeError, Messages.addcdivInteger)) {
            try Make.floats([1]).addcdiv(Make.longs([1]), Make.longs([2]), value: .int(1))
        }
    }
}
