import Testing

@testable import Autograd

struct OpsActivationTests {
    @Test func tanhOfHalfMatchesPyTorchBits() throws {
        #expect(try Make.floats([0.5]).tanh().doubles == [0.462_117_165_327_072_14])
    }

    @Test func sigmoidUsesVectorMathForWholeRegistersLikePyTorch() throws {
        let x = try Make.floats([
            -3, -0.5, 0, 0.25, 1, 2.5, 7, 20, -20, 0.001, -87, 88, 1e-3, -1e-3, 5.5, -5.5,
        ])
        let expected: [Double] = [
            0.047_425_873_577_594_76, 0.377_540_677_785_873_4, 0.5, 0.562_176_525_592_804, 0.731_058_597_564_697_3,
            0.924_141_824_245_452_9, 0.999_089_002_609_252_9, 1, 2.061_153_692_167_75e-09, 0.500_249_981_880_188,
            1.645_811_593_884_240_1e-38, 1, 0.500_249_981_880_188, 0.499_750_018_119_812, 0.995_929_896_831_512_5,
            0.004_070_137_627_422_81,
        ]
        #expect(try x.sigmoid().doubles == expected)
    }

    @Test func reluKeepsIntegersAndRejectsBool() throws {
        #expect(try Make.longs([-1, 2]).relu().doubles == [0, 2])
        #expect(throws: TorchError(.notImplementedError, "Boolean inputs not supported for relu")) {
            try Make.bools([true]).relu()
        }
    }

    @Test func reluGradientIsZeroAtZero() throws {
        let x = try Make.floats([-1, 0, 2], requiresGrad: true)
        #expect(try Make.gradient(of: x.relu(), x) == [0, 0, 1])
    }

    @Test func tanhGradientTakenWithCreateGraphIsTanhBackwardBackward() throws {
        let t = try Make.floats([0.5], [], requiresGrad: true)
        let du = try #require(Autograd.grad(outputs: [t.tanh()], inputs: [t], createGraph: true).first ?? nil)
        #expect(du.gradFn?.typeName == "TanhBackwardBackward0")
        let ddu = try #require(Autograd.grad(outputs: [du], inputs: [t]).first ?? nil)
        #expect(abs(ddu.doubles[0] - -0.7269) < 1e-4)
    }

    @Test func sigmoidAndReluDerivativesAreOpsOfTheirOwn() throws {
        let x = try Make.floats([0.5, -1], requiresGrad: true)
        let sigmoid = try #require(Autograd.grad(outputs: [x.sigmoid().sum()], inputs: [x], createGraph: true).first ?? nil)
        let relu = try #require(Autograd.grad(outputs: [x.relu().sum()], inputs: [x], createGraph: true).first ?? nil)
        #expect(sigmoid.gradFn?.typeName == "SigmoidBackwardBackward0")
        #expect(relu.gradFn?.typeName == "ThresholdBackwardBackward0")
    }
}
