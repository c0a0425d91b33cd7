import Testing

@testable import Autograd

struct OpsSoftmaxTests {
    @Test func logSoftmaxMatchesPyTorchBitsAlongTheLastDimension() throws {
        let x = try Make.floats([0.3, 1.7, -2.2, 4.0], [1, 4])
        let expected = [-3.819_569_826_126_098_6, -2.419_569_730_758_667, -6.319_569_587_707_519_5, -0.119_569_681_584_835_05]
        #expect(try x.logSoftmax(dim: 1).doubles == expected)
    }

    @Test func softmaxIsStableForLargeInputs() throws {
        let x = try Make.floats([1000, 0])
        #expect(try x.softmax(dim: 0).doubles == [1, 0])
        #expect(try x.logSoftmax(dim: 0).doubles == [0, -1000])
    }

    @Test func softmaxOfIntegersIsNotImplemented() throws {
        #expect(throws: TorchError(.notImplementedError, "\"softmax_kernel_impl\" not implemented for 'Long'")) {
            try Make.longs([1, 2, 3, 4], [2, 2]).softmax(dim: 0)
        }
        #expect(throws: TorchError(.notImplementedError, "\"log_softmax_lastdim_kernel_impl\" not implemented for 'Long'")) {
            try Make.longs([1, 2, 3, 4], [2, 2]).logSoftmax(dim: 1)
        }
    }

    @Test func logsumexpOfAllNegativeInfinityIsNegativeInfinity() throws {
        let x = try Make.floats([-.infinity, -.infinity])
        #expect(try x.logsumexp(dims: [0], keepDim: false).doubles == [-.infinity])
    }

    @Test func softmaxGradientOfAConstantIsZero() throws {
        let x = try Make.doubles([0.5, -1, 2], requiresGrad: true)
        for g in try Make.gradient(of: x.softmax(dim: 0), x) { #expect(abs(g) < 1e-15) }
    }

    @Test func doubleBackwardShowsTheBackwardDataNodes() throws {
        let x = try Make.floats([0.5, -1, 2], [1, 3], requiresGrad: true)
        let weights = try Make.floats([1, 2, 3], [1, 3])
        let g = try #require(
            Autograd.grad(outputs: [(x.softmax(dim: 1) * weights).sum()], inputs: [x], createGraph: true).first ?? nil)
        #expect(g.gradFn?.typeName == "SoftmaxBackwardDataBackward0")
        let h = try #require(
            Autograd.grad(outputs: [(x.logSoftmax(dim: 1) * weights).sum()], inputs: [x], createGraph: true).first ?? nil)
        #expect(h.gradFn?.typeName == "LogSoftmaxBackwardDataBackward0")
    }
}
