import Testing

@testable import Autograd

struct OpsClassificationLossTests {
    static func logits(requiresGrad: Bool = true) throws -> Tensor {
        try Make.floats([2, 0.5, -1, 0.1, 0.2, 3], [2, 3], requiresGrad: requiresGrad)
    }

    @Test func crossEntropyIsNllOverLogSoftmax() throws {
        let x = try Self.logits()
        let ce = try Loss.crossEntropy(x, Make.longs([0, 1]), reduction: .mean)
        #expect(ce.gradFn?.typeName == "NllLossBackward0")
        #expect(ce.gradFn?.nextFunctions.first?.node?.typeName == "LogSoftmaxBackward0")
        let nll = try Loss.negativeLogLikelihood(x.logSoftmax(dim: 1), Make.longs([0, 1]), reduction: .mean)
        #expect(ce.doubles == nll.doubles)
        #expect(abs(ce.doubles[0] - 1.5755) < 1e-4)
    }

    @Test func ignoredTargetsAreLeftOutOfTheMean() throws {
        let x = try Self.logits()
        let all = try Loss.negativeLogLikelihood(x, Make.longs([0, -100]), reduction: .mean)
        #expect(all.doubles == [-2])
        #expect(try Loss.negativeLogLikelihood(x, Make.longs([0, -100]), reduction: .none).doubles == [-2, 0])
        #expect(try Make.gradient(of: all, x) == [-1, 0, 0, 0, 0, 0])
    }

    @Test func targetsAreChecked() throws {
        let x = try Self.logits()
        #expect(throws: TorchError(.indexError, "Target 3 is out of bounds.")) {
            try Loss.crossEntropy(x, Make.longs([0, 3]), reduction: .mean)
        }
        #expect(throws: TorchError.runtime("expected target dtype to be Long or Byte, but got Float")) {
            try Loss.crossEntropy(x, Make.floats([0, 1]), reduction: .mean)
        }
        #expect(throws: TorchError(.valueError, "Expected input batch_size (2) to match target batch_size (3).")) {
            try Loss.crossEntropy(x, Make.longs([0, 1, 2]), reduction: .mean)
        }
    }

    @Test func probabilityTargetsDivideByTheBatch() throws {
        let x = try Self.logits()
        let target = try Make.floats([0.2, 0.3, 0.5, 1, 0, 0], [2, 3])
        let loss = try Loss.crossEntropy(x, target, reduction: .mean)
        #expect(loss.gradFn?.typeName == "DivBackward1")
        #expect(try Loss.crossEntropy(x, target, reduction: .none).gradFn?.typeName == "NegBackward0")
    }

    @Test func oneDimensionalInputTakesAScalarTarget() throws {
        let loss = try Loss.crossEntropy(
            Make.floats([2, 0.5, -1]), Tensor.scalarTensor(.int(0), dtype: .int64), reduction: .none)
        #expect(loss.shape == [])
    }

    @Test func cascadeSumAddsInBlocksOfSixteen() {
        let values: [Float?] = (0..<40).map { $0 == 7 ? nil : Float($0) * 0.1 }
        let expected = values.compactMap { $0 }.reduce(0, +)
        #expect(abs(NegativeLogLikelihood.cascadeSum(values) - expected) < 1e-4)
    }
}
