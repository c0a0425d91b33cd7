import Testing

@testable import Autograd

/// `addmm`/`linear`, dropout's random stream, the activation kernels and the regression losses,
/// against values PyTorch 2.15 printed.
struct OpsFunctionalLayersTests {
    @Test func addmmScalesBothTermsAndRecordsAddmmBackward() throws {
        let bias = try Make.floats([1, 2], requiresGrad: true)
        let product = try Tensor.addmm(
            bias, Make.floats([1, 2, 3, 4], [2, 2]), Make.floats([1, 0, 0, 1], [2, 2]), beta: 2, alpha: 0.5)
        #expect(product.doubles == [2.5, 5, 3.5, 6])
        #expect(product.gradFn?.typeName == "AddmmBackward0")
        #expect(try Make.gradient(of: product, bias) == [4, 4])
    }

    @Test func linearDecomposesByRankAsATenDoes() throws {
        let weight = try Make.floats([1, 0, 0, 1, 1, 1], [3, 2], requiresGrad: true)
        let bias = try Make.floats([0.5, 0.5, 0.5])
        let flat = try Tensor.linear(Make.floats([1, 2]), weight, bias)
        #expect(flat.doubles == [1.5, 2.5, 3.5])
        #expect(flat.gradFn?.typeName == "UnsafeViewBackward0")
        #expect(try Tensor.linear(Make.floats([1, 2, 3, 4], [2, 2]), weight, bias).gradFn?.typeName == "AddmmBackward0")
        #expect(try Tensor.linear(Make.floats([1, 2, 3, 4], [2, 2]), weight, nil).gradFn?.typeName == "MmBackward0")
        #expect(throws: TorchError.runtime("both arguments to linear need to be at least 1D, but they are 0D and 2D")) {
            try Tensor.linear(Tensor.scalarTensor(.float(1), dtype: .float32), weight, bias)
        }
    }

    @Test func dropoutDrawsPyTorchsMaskAndLeavesTheGeneratorWherePyTorchDoes() throws {
        let generator = Generator(seed: 7)
        let masked = try Tensor.ones([10], dtype: .float64).dropout(p: 0.3, training: true, generator: generator)
        let kept = 1 / 0.7
        #expect(masked.doubles == [kept, kept, 0, kept, 0, 0, kept, kept, 0, 0])
        #expect(generator.uniformDouble() == 0.063_021_120_453_575_11)
    }

    @Test func dropoutOutsideTrainingIsTheInputItself() throws {
        let x = try Make.floats([1, 2])
        #expect(try x.dropout(p: 0.5, training: false) === x)
        #expect(try x.dropout(p: 0, training: true) === x)
    }

    @Test func activationsMatchPyTorchInFloat64() throws {
        let x = try Make.doubles([-1, 2])
        #expect(try x.activation(.elu(alpha: 1, scale: 1, inputScale: 1)).doubles == [-0.632_120_558_828_557_7, 2])
        #expect(
            try Make.doubles([-1, 30]).activation(.softplus(beta: 1, threshold: 20)).doubles == [
                0.313_261_687_518_222_86, 30,
            ])
    }

    @Test func smoothL1MatchesPyTorch() throws {
        let loss = try Loss.smoothL1(Make.doubles([0, 2, 0.2]), Make.doubles([1, 0, 0]), reduction: .mean, beta: 0.5)
        #expect(loss.doubles == [0.846_666_666_666_666_7])
        #expect(throws: TorchError.runtime("smooth_l1_loss does not support negative values for beta.")) {
            try Loss.smoothL1(Make.doubles([0]), Make.doubles([1]), reduction: .mean, beta: -1)
        }
    }
}
