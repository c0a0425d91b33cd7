import Testing

@testable import Autograd

/// Zeros, NaN, infinities, 0-d tensors, integer, bool and empty tensors.
@Suite struct TensorFormatSpecialValueTests {
    @Test func negativeZeroKeepsItsSignAndSticksOut() {
        #expect(FormatFixture.f32([0, 0]) == "tensor([0., 0.])")
        #expect(FormatFixture.f32([0, -0.0]) == "tensor([0., -0.])")
        #expect(FormatFixture.f32([-0.0, 1]) == "tensor([-0., 1.])")
        #expect(FormatFixture.f32([-0.0, 1.5]) == "tensor([-0.0000, 1.5000])")
        #expect(FormatFixture.f32([-0.0, 1, 2, 3], shape: [2, 2]) == "tensor([[-0., 1.],\n        [2., 3.]])")
        #expect(FormatFixture.f32([-0.0, 1e-5]) == "tensor([-0.0000e+00, 1.0000e-05])")
        #expect(FormatFixture.f32Scalar(-0.0) == "tensor(-0.)")
    }

    @Test func nanAndInfinityStickOutOfTheColumnWithoutDot() {
        #expect(FormatFixture.f32([.nan, .infinity, -.infinity]) == "tensor([nan, inf, -inf])")
        #expect(FormatFixture.f32([1, .infinity]) == "tensor([1., inf])")
        #expect(FormatFixture.f32([-.infinity, 1, 2]) == "tensor([-inf, 1., 2.])")
        #expect(FormatFixture.f32([.nan, 1, 2]) == "tensor([nan, 1., 2.])")
        #expect(FormatFixture.f32([.nan, 0]) == "tensor([nan, 0.])")
        #expect(FormatFixture.f32([-.infinity, 0, .nan]) == "tensor([-inf, 0., nan])")
    }

    @Test func nanAndInfinityArePaddedWhenTheColumnIsWider() {
        #expect(FormatFixture.f32([.nan, 1.5]) == "tensor([   nan, 1.5000])")
        #expect(FormatFixture.f32([.nan, 1.5, 2]) == "tensor([   nan, 1.5000, 2.0000])")
        #expect(FormatFixture.f32([.infinity, -.infinity, 0.5]) == "tensor([   inf,   -inf, 0.5000])")
        #expect(FormatFixture.f32([.infinity, 1e-5]) == "tensor([       inf, 1.0000e-05])")
        #expect(FormatFixture.f32([-.infinity, 1e-6]) == "tensor([      -inf, 1.0000e-06])")
        #expect(
            FormatFixture.f32([.nan, 100, -1, 0.25], shape: [2, 2]) == """
                tensor([[     nan, 100.0000],
                        [ -1.0000,   0.2500]])
                """)
    }

    @Test func nanWithSignBitPrintsPlainNan() {
        let negativeNaN = -Double.nan
        #expect(negativeNaN.sign == .minus)
        #expect(FormatFixture.f32([negativeNaN]) == "tensor([nan])")
        #expect(FormatFixture.f64([negativeNaN, 1.5]) == "tensor([   nan, 1.5000], dtype=torch.float64)")
    }

    @Test func zeroDimensionalTensorsPrintABareNumber() {
        #expect(FormatFixture.f32Scalar(3.14159) == "tensor(3.1416)")
        #expect(FormatFixture.f32Scalar(1e-5) == "tensor(1.0000e-05)")
        #expect(FormatFixture.f32Scalar(5) == "tensor(5.)")
        #expect(FormatFixture.f32Scalar(.nan) == "tensor(nan)")
        #expect(FormatFixture.f32Scalar(-2.5) == "tensor(-2.5000)")
        #expect(FormatFixture.f32Scalar(0.1) == "tensor(0.1000)")
        #expect(FormatFixture.f32Scalar(123_456.789) == "tensor(123456.7891)")
        #expect(FormatFixture.f32Scalar(3e9) == "tensor(3.0000e+09)")
        #expect(FormatFixture.f32Scalar(.infinity) == "tensor(inf)")
        #expect(FormatFixture.f32Scalar(-.infinity) == "tensor(-inf)")
        #expect(FormatFixture.f64([2.5], shape: []) == "tensor(2.5000, dtype=torch.float64)")
        #expect(FormatFixture.f64([2], shape: []) == "tensor(2., dtype=torch.float64)")
        #expect(FormatFixture.ints([3], shape: []) == "tensor(3)")
        #expect(FormatFixture.ints([-12], shape: []) == "tensor(-12)")
        #expect(FormatFixture.bools([true], shape: []) == "tensor(True)")
        #expect(FormatFixture.bools([false], shape: []) == "tensor(False)")
    }

    @Test func integerTensorsRightAlignToTheWidestNumber() {
        #expect(FormatFixture.ints([1, -20, 300]) == "tensor([  1, -20, 300])")
        #expect(FormatFixture.ints([1, 2], dtype: .int32) == "tensor([1, 2], dtype=torch.int32)")
        #expect(FormatFixture.ints([.min, .max]) == "tensor([-9223372036854775808,  9223372036854775807])")
        #expect(FormatFixture.ints([10, -200, 3, 4], shape: [2, 2]) == "tensor([[  10, -200],\n        [   3,    4]])")
        #expect(FormatFixture.ints([1_234_567, -8]) == "tensor([1234567,      -8])")
        #expect(FormatFixture.ints([0, 0, 0]) == "tensor([0, 0, 0])")
    }

    @Test func boolTensorsPrintPythonSpelling() {
        #expect(FormatFixture.bools([true, false, true]) == "tensor([ True, False,  True])")
        #expect(FormatFixture.bools([true, true]) == "tensor([True, True])")
        #expect(
            FormatFixture.bools([false, true, true, false], shape: [2, 2]) == """
                tensor([[False,  True],
                        [ True, False]])
                """)
    }

    @Test func emptyTensorsNameEveryDtypeButFloat32() {
        #expect(FormatFixture.f32([]) == "tensor([])")
        #expect(FormatFixture.ints([]) == "tensor([], dtype=torch.int64)")
        #expect(FormatFixture.bools([]) == "tensor([], dtype=torch.bool)")
        #expect(FormatFixture.f64([]) == "tensor([], dtype=torch.float64)")
    }

    @Test func emptyTensorsWithMoreThanOneDimensionShowTheirSize() {
        #expect(FormatFixture.f32([], shape: [0, 3]) == "tensor([], size=(0, 3))")
        #expect(FormatFixture.ints([], shape: [2, 0, 4], dtype: .int32) == "tensor([], size=(2, 0, 4), dtype=torch.int32)")
        #expect(FormatFixture.bools([], shape: [2, 0, 3, 1]) == "tensor([], size=(2, 0, 3, 1), dtype=torch.bool)")
        #expect(FormatFixture.f64([], shape: [2, 0]) == "tensor([], size=(2, 0), dtype=torch.float64)")
    }

    @Test func emptyTensorsStillCarryAutogradSuffixes() {
        #expect(FormatFixture.f32([], suffixes: ["requires_grad=True"]) == "tensor([], requires_grad=True)")
        #expect(
            FormatFixture.f32([], shape: [0, 2], suffixes: ["grad_fn=<MulBackward0>"])
                == "tensor([], size=(0, 2), grad_fn=<MulBackward0>)")
    }

    @Test func absurdShapesDoNotTrap() {
        let huge = FormatFixture.generated(shape: [Int.max, Int.max, 2], dtype: .int64) { _ in .int(1) }
        #expect(huge.hasPrefix("tensor([[[1, 1],"))
        let negative = FormatFixture.generated(shape: [-3, 2], dtype: .float32) { _ in .float(1) }
        #expect(negative == "tensor([], size=(-3, 2))")
    }

    @Test func sizeReprUsesListSyntax() {
        #expect(TensorFormat.sizeRepr([]) == "torch.Size([])")
        #expect(TensorFormat.sizeRepr([5]) == "torch.Size([5])")
        #expect(TensorFormat.sizeRepr([2, 3]) == "torch.Size([2, 3])")
        #expect(TensorFormat.shapeTuple([5]) == "(5,)")
    }
}
