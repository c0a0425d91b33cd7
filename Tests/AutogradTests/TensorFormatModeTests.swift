import Testing

@testable import Autograd

/// Mode selection (int / fixed / scientific) and rounding, from the spec's real PyTorch output.
@Suite struct TensorFormatModeTests {
    @Test func integralFloatsPrintWithTrailingDot() {
        #expect(FormatFixture.f32([1, 2, 3]) == "tensor([1., 2., 3.])")
        #expect(FormatFixture.f32([100, -20, 3]) == "tensor([100., -20.,   3.])")
    }

    @Test func fractionalFloatsPrintFourDecimals() {
        #expect(FormatFixture.f32([1.5, 2, 3]) == "tensor([1.5000, 2.0000, 3.0000])")
        #expect(FormatFixture.f32([0.1, 100]) == "tensor([  0.1000, 100.0000])")
        #expect(FormatFixture.f32([1.5, 2.25, -3.125]) == "tensor([ 1.5000,  2.2500, -3.1250])")
    }

    @Test func ratioOfExactlyOneThousandStaysFixed() {
        #expect(FormatFixture.f32([1, 1000]) == "tensor([   1., 1000.])")
        #expect(FormatFixture.f64([0.019, 19], suffixes: []) == "tensor([ 0.0190, 19.0000], dtype=torch.float64)")
    }

    @Test func ratioAboveOneThousandSwitchesToScientific() {
        #expect(FormatFixture.f32([1, 1000.5]) == "tensor([1.0000e+00, 1.0005e+03])")
        // float32 0.019 makes the binary64 ratio 1000.00003.
        #expect(FormatFixture.f32([0.019, 19]) == "tensor([1.9000e-02, 1.9000e+01])")
        #expect(FormatFixture.f64([0.009, 9]) == "tensor([9.0000e-03, 9.0000e+00], dtype=torch.float64)")
    }

    @Test func smallestBelowOneTenThousandthIsScientificForStoredValue() {
        #expect(FormatFixture.f32([1e-4]) == "tensor([1.0000e-04])")
        #expect(FormatFixture.f64([1e-4]) == "tensor([0.0001], dtype=torch.float64)")
    }

    @Test func largestAboveOneHundredMillionIsScientific() {
        #expect(FormatFixture.f32([1e8]) == "tensor([100000000.])")
        #expect(FormatFixture.f32([99_999_999]) == "tensor([100000000.])")
        #expect(FormatFixture.f32([1e8 + 8]) == "tensor([1.0000e+08])")
        #expect(FormatFixture.f64([1e8 + 1]) == "tensor([1.0000e+08], dtype=torch.float64)")
        #expect(FormatFixture.f32([1e20, 3e20]) == "tensor([1.0000e+20, 3.0000e+20])")
    }

    @Test func float32StorageDecidesIntegralMode() {
        #expect(FormatFixture.f32([12_345_678.9]) == "tensor([12345679.])")
        #expect(FormatFixture.f64([12_345_678.9]) == "tensor([12345678.9000], dtype=torch.float64)")
    }

    @Test func roundingIsCorrectRoundingOfTheStoredBinaryValue() {
        #expect(FormatFixture.f32([1.03125, 1.03135, 2.00005]) == "tensor([1.0312, 1.0314, 2.0001])")
        #expect(FormatFixture.f32([1.00005, 2.5]) == "tensor([1.0000, 2.5000])")
        #expect(FormatFixture.f64([1.00005, 2.5]) == "tensor([1.0001, 2.5000], dtype=torch.float64)")
        #expect(FormatFixture.f32([0.00015, 0.1]) == "tensor([0.0002, 0.1000])")
        #expect(FormatFixture.f64([0.00015, 0.1]) == "tensor([0.0001, 0.1000], dtype=torch.float64)")
    }

    @Test func extremeExponentsWidenTheScientificColumn() {
        #expect(FormatFixture.f64([1e100, 1]) == "tensor([1.0000e+100,  1.0000e+00], dtype=torch.float64)")
        #expect(FormatFixture.f64([.leastNonzeroMagnitude, 1]) == "tensor([4.9407e-324,  1.0000e+00], dtype=torch.float64)")
        #expect(FormatFixture.f32([-1.5e-5, 2e3]) == "tensor([-1.5000e-05,  2.0000e+03])")
    }

    @Test func float64FixedColumnWrapsAtEightyColumns() {
        let values = (0..<11).map { Double($0) / 7 * 1e5 }
        #expect(
            FormatFixture.f64(values) == """
                tensor([     0.0000,  14285.7143,  28571.4286,  42857.1429,  57142.8571,
                         71428.5714,  85714.2857, 100000.0000, 114285.7143, 128571.4286,
                        142857.1429], dtype=torch.float64)
                """)
    }

    @Test func goldenScientificNotationCases() {
        #expect(FormatFixture.f32([0.00001, 1]) == "tensor([1.0000e-05, 1.0000e+00])")
        #expect(FormatFixture.f32([1.5, 2000]) == "tensor([1.5000e+00, 2.0000e+03])")
        #expect(FormatFixture.f32([1, 5000]) == "tensor([1.0000e+00, 5.0000e+03])")
        #expect(FormatFixture.f32([123_456_789, 1]) == "tensor([1.2346e+08, 1.0000e+00])")
        #expect(FormatFixture.f32([1e10]) == "tensor([1.0000e+10])")
        #expect(FormatFixture.f32([3e20, -2e-3]) == "tensor([ 3.0000e+20, -2.0000e-03])")
        #expect(FormatFixture.f32([1e-8, -1e-9]) == "tensor([ 1.0000e-08, -1.0000e-09])")
        #expect(FormatFixture.f32([0.00002, 0.00003]) == "tensor([2.0000e-05, 3.0000e-05])")
        #expect(
            FormatFixture.f32([1e-3, 1, 10, 100], shape: [2, 2]) == """
                tensor([[1.0000e-03, 1.0000e+00],
                        [1.0000e+01, 1.0000e+02]])
                """)
        #expect(
            FormatFixture.f32([1e-6, 2, -3, 4e5], shape: [2, 2]) == """
                tensor([[ 1.0000e-06,  2.0000e+00],
                        [-3.0000e+00,  4.0000e+05]])
                """)
        #expect(FormatFixture.f32([0, 1e-7, 0]) == "tensor([0.0000e+00, 1.0000e-07, 0.0000e+00])")
        #expect(FormatFixture.f32([12345.678, 0.5]) == "tensor([1.2346e+04, 5.0000e-01])")
    }

    @Test func goldenOneAndTwoDimensionalFloats() {
        #expect(FormatFixture.f32([0.5, 10, 100]) == "tensor([  0.5000,  10.0000, 100.0000])")
        #expect(FormatFixture.f32([0.12345, 0.99999, 0.00015]) == "tensor([1.2345e-01, 9.9999e-01, 1.5000e-04])")
        #expect(FormatFixture.f32([1, 2, 3, 4], shape: [2, 2]) == "tensor([[1., 2.],\n        [3., 4.]])")
        #expect(
            FormatFixture.f32([-1, 2.5, 30.125, -0.01], shape: [2, 2]) == """
                tensor([[-1.0000e+00,  2.5000e+00],
                        [ 3.0125e+01, -1.0000e-02]])
                """)
        #expect(
            FormatFixture.arangeF32(shape: [2, 3]) { ($0 + 1) / 3 } == """
                tensor([[0.3333, 0.6667, 1.0000],
                        [1.3333, 1.6667, 2.0000]])
                """)
        #expect(FormatFixture.f32([0, 0, 0, 0, 0, 0], shape: [2, 3]) == "tensor([[0., 0., 0.],\n        [0., 0., 0.]])")
        #expect(FormatFixture.f32([-7, -7, -7, -7], shape: [2, 2]) == "tensor([[-7., -7.],\n        [-7., -7.]])")
        #expect(
            FormatFixture.f32([1, 0, 0, 0, 1, 0, 0, 0, 1], shape: [3, 3]) == """
                tensor([[1., 0., 0.],
                        [0., 1., 0.],
                        [0., 0., 1.]])
                """)
        #expect(
            FormatFixture.f32([0.1, -0.2, 0.3], shape: [3, 1]) == """
                tensor([[ 0.1000],
                        [-0.2000],
                        [ 0.3000]])
                """)
    }

    @Test func goldenFloat64Cases() {
        #expect(FormatFixture.f64([1.5, 2]) == "tensor([1.5000, 2.0000], dtype=torch.float64)")
        #expect(
            FormatFixture.f64([1, 1, 1, 1], shape: [2, 2]) == """
                tensor([[1., 1.],
                        [1., 1.]], dtype=torch.float64)
                """)
        #expect(FormatFixture.f64([0.1], shape: []) == "tensor(0.1000, dtype=torch.float64)")
        #expect(FormatFixture.f64([1e-10, 1]) == "tensor([1.0000e-10, 1.0000e+00], dtype=torch.float64)")
        #expect(
            FormatFixture.f64([0.5, -2], shape: [1, 2], suffixes: ["grad_fn=<MulBackward0>"])
                == "tensor([[ 0.5000, -2.0000]], dtype=torch.float64, grad_fn=<MulBackward0>)")
        #expect(
            FormatFixture.f64([2, 2], suffixes: ["grad_fn=<AddBackward0>"])
                == "tensor([2., 2.], dtype=torch.float64, grad_fn=<AddBackward0>)")
    }

    @Test func goldenAutogradResults() {
        #expect(
            FormatFixture.f32Scalar(13.5, suffixes: ["grad_fn=<SumBackward0>"])
                == "tensor(13.5000, grad_fn=<SumBackward0>)")
        #expect(
            FormatFixture.f32([1.25, 1], suffixes: ["grad_fn=<MeanBackward1>"])
                == "tensor([1.2500, 1.0000], grad_fn=<MeanBackward1>)")
        #expect(
            FormatFixture.f32([1.5, -3, 6, 9], shape: [2, 2], suffixes: ["grad_fn=<MulBackward0>"]) == """
                tensor([[ 1.5000, -3.0000],
                        [ 6.0000,  9.0000]], grad_fn=<MulBackward0>)
                """)
        #expect(FormatFixture.f32Scalar(4, suffixes: ["grad_fn=<PowBackward0>"]) == "tensor(4., grad_fn=<PowBackward0>)")
        #expect(PythonFloat.repr(Double(Float(1) / 3)) == "0.3333333432674408")
    }
}
