import Testing

@testable import Autograd

struct OpsClampTests {
    @Test func clampKeepsNaNAndGivesMaxWhenBoundsCross() throws {
        let x = try Make.floats([1, .nan, 3])
        let clamped = try x.clamp(min: .int(0), max: .int(2)).doubles
        #expect(clamped[0] == 1 && clamped[1].isNaN && clamped[2] == 2)
        #expect(try x.clamp(min: .int(2), max: .int(1)).doubles[0] == 1)
    }

    @Test func clampNeedsABound() throws {
        #expect(throws: TorchError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")) {
            try Make.floats([1]).clamp(min: Scalar?.none, max: nil)
        }
    }

    @Test func clampPassesNoGradientAtTheBounds() throws {
        let x = try Make.floats([-1, 0, 0.5, 1, 2], requiresGrad: true)
        #expect(try Make.gradient(of: x.clamp(min: .int(0), max: .int(1)), x) == [0, 0, 1, 0, 0])
        #expect(try Make.gradient(of: x.clamp(min: .int(0), max: nil), x) == [0, 0, 1, 1, 1])
    }

    @Test func clampWithTensorBoundsSplitsTies() throws {
        let x = try Make.floats([-1, 0, 0.5, 1, 2], requiresGrad: true)
        let low = try Make.floats([0, 0, 0, 0, 0], requiresGrad: true)
        let high = try Make.floats([1], [], requiresGrad: true)
        let y = try x.clamp(min: low, max: high)
        #expect(y.gradFn?.typeName == "ClampBackward0")
        let grads = try Autograd.grad(outputs: [y.sum()], inputs: [x, low, high])
        #expect(grads.map { $0?.doubles ?? [] } == [[0, 0.5, 1, 0.5, 0], [1, 0.5, 0, 0, 0], [1.5]])
    }

    @Test func clampOfIntegersWithAFloatBoundPromotes() throws {
        let t = try Make.longs([1, 2, 3]).clamp(min: .float(0.5), max: .int(2))
        #expect(t.dtype == .float32)
        #expect(t.doubles == [1, 2, 2])
    }

    @Test func clampInPlaceRebasesHistoryAndRefusesNarrowing() throws {
        let x = try Make.floats([-2, 0.5, 3], requiresGrad: true)
        let y = try x * Tensor.wrapping(.int(1))
        try y.clampInPlace(min: .int(0), max: .int(1))
        #expect(y.gradFn?.typeName == "ClampBackward1")
        #expect(try Make.gradient(of: y, x) == [0, 1, 0])
        #expect(throws: TorchError.runtime("result type Float can't be cast to the desired output type long int")) {
            try Make.longs([1, 2]).clampInPlace(min: .float(0.5), max: nil)
        }
    }

    @Test func maximumSplitsTiedGradients() throws {
        let x = try Make.floats([3, 1, 3], requiresGrad: true)
        let y = try x.maximum(Make.floats([3, 2, 1]))
        #expect(y.doubles == [3, 2, 3])
        #expect(try Make.gradient(of: y, x) == [0.5, 0, 1])
    }

    @Test func maximumPropagatesNaN() throws {
        #expect(try Make.floats([.nan, 1]).minimum(Make.floats([0, 2])).doubles[0].isNaN)
    }

    @Test func whereNeedsABoolCondition() throws {
        #expect(throws: TorchError.runtime("where expected condition to be a boolean tensor, but got a tensor with dtype Long")) {
            try Tensor.where(Make.longs([1]), Make.floats([1]), Make.floats([2]))
        }
    }

    @Test func whereOfTwoNumbersIsDefaultFloat() throws {
        let t = try Tensor.where(Make.bools([true, false]), .wrapping(.float(1)), .wrapping(.float(-1)))
        #expect(t.dtype == .float32)
        #expect(t.doubles == [1, -1])
    }

    @Test func whereSendsTheGradientToTheChosenSide() throws {
        let a = try Make.floats([1, 2], requiresGrad: true)
        let b = try Make.floats([3], requiresGrad: true)
        let y = try Tensor.where(Make.bools([true, false]), a, b)
        let grads = try Autograd.grad(outputs: [y.sum()], inputs: [a, b])
        #expect(grads.map { $0?.doubles ?? [] } == [[1, 0], [1]])
    }
}
