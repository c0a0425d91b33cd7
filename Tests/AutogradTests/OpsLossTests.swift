import Testing

@testable import Autograd

struct OpsLossTests {
    @Test func meanSquaredErrorReducesAndDifferentiatesLikePyTorch() throws {
        let pred = try Make.floats([0.5, 2, -1], requiresGrad: true)
        let target = try Make.floats([1, 1.5, 0])
        let loss = try Loss.meanSquaredError(pred, target, reduction: .mean)
        #expect(loss.doubles == [0.5])
        #expect(loss.gradFn?.typeName == "MseLossBackward0")
        let grad = try Make.gradient(of: loss, pred)
        #expect(grad == [Double(Float(-1.0 / 3)), Double(Float(1.0 / 3)), Double(Float(-2.0 / 3))])
        #expect(try Loss.meanSquaredError(pred, target, reduction: .none).shape == [3])
        #expect(try Loss.meanSquaredError(pred, target, reduction: .sum).doubles == [1.5])
    }

    @Test func meanSquaredErrorOfIntegersIsNotImplemented() throws {
        #expect(throws: TorchError(.notImplementedError, "\"mse_cpu\" not implemented for 'Long'")) {
            try Loss.meanSquaredError(Make.longs([1]), Make.longs([2]), reduction: .mean)
        }
    }

    @Test func absoluteErrorIsComposedOfSubAbsAndMean() throws {
        let loss = try Loss.absoluteError(Make.floats([1, 3], requiresGrad: true), Make.floats([2, 1]), reduction: .mean)
        #expect(loss.gradFn?.typeName == "MeanBackward0")
        #expect(loss.doubles == [1.5])
    }

    @Test func binaryCrossEntropyClampsItsLogarithms() throws {
        let loss = try Loss.binaryCrossEntropy(Make.floats([0, 1]), Make.floats([1, 0]), reduction: .mean)
        #expect(loss.doubles == [100])
    }

    @Test func binaryCrossEntropyChecksRangeAndShape() throws {
        #expect(throws: TorchError.runtime("all elements of input should be between 0 and 1")) {
            try Loss.binaryCrossEntropy(Make.floats([2]), Make.floats([1]), reduction: .mean)
        }
        #expect(
            throws: TorchError(
                .valueError,
                "Using a target size (torch.Size([1])) that is different to the input size (torch.Size([2])) is deprecated. Please ensure they have the same size."
            )
        ) { try Loss.binaryCrossEntropy(Make.floats([0.5, 0.5]), Make.floats([1]), reduction: .mean) }
    }

    @Test func binaryCrossEntropyGradients() throws {
        let p = try Make.floats([0.9, 0.2, 0.6], requiresGrad: true)
        let loss = try Loss.binaryCrossEntropy(p, Make.floats([1, 0, 1]), reduction: .mean)
        #expect(loss.gradFn?.typeName == "BinaryCrossEntropyBackward0")
        let grad = try Make.gradient(of: loss, p)
        #expect(zip(grad, [-0.3704, 0.4167, -0.5556]).allSatisfy { abs($0 - $1) < 1e-4 })
    }

    @Test func withLogitsMatchesPyTorchBits() throws {
        let loss = try Loss.binaryCrossEntropyWithLogits(
            Make.floats([0.3, -1.7, 2.2]), Make.floats([1, 0, 0.5]), reduction: .mean)
        #expect(loss.doubles == [0.642_408_192_157_745_4])
    }

    @Test func withLogitsNeedsEqualShapes() throws {
        #expect(throws: TorchError(.valueError, "Target size (torch.Size([1])) must be the same as input size (torch.Size([2]))"))
        {
            try Loss.binaryCrossEntropyWithLogits(Make.floats([1, 2]), Make.floats([1]), reduction: .mean)
        }
    }
}
