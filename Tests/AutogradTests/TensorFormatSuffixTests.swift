import Testing

@testable import Autograd

/// The `dtype=`, `requires_grad=` and `grad_fn=` suffixes and their 80-column wrapping.
@Suite struct TensorFormatSuffixTests {
    private static let leaf = ["requires_grad=True"]
    private static let mul = ["grad_fn=<MulBackward0>"]

    @Test func suffixStaysOnTheLineWhileTheLineIsShorterThanEighty() {
        let ones12 = [Double](repeating: 1, count: 12)
        #expect(
            FormatFixture.f32(ones12, suffixes: Self.leaf)
                == "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.], requires_grad=True)")
        let ones11 = [Double](repeating: 1, count: 11)
        #expect(
            FormatFixture.f32(ones11, suffixes: Self.mul)
                == "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.], grad_fn=<MulBackward0>)")
        #expect(
            FormatFixture.f64([Double](repeating: 100.5, count: 5))
                == "tensor([100.5000, 100.5000, 100.5000, 100.5000, 100.5000], dtype=torch.float64)")
    }

    @Test func suffixThatWouldReachColumnEightyWrapsUnderTheBracket() {
        let ones13 = [Double](repeating: 1, count: 13)
        #expect(
            FormatFixture.f32(ones13, suffixes: Self.leaf) == """
                tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.],
                       requires_grad=True)
                """)
        let ones12 = [Double](repeating: 1, count: 12)
        #expect(
            FormatFixture.f32(ones12, suffixes: Self.mul) == """
                tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.],
                       grad_fn=<MulBackward0>)
                """)
        #expect(
            FormatFixture.f64([Double](repeating: 100.5, count: 6)) == """
                tensor([100.5000, 100.5000, 100.5000, 100.5000, 100.5000, 100.5000],
                       dtype=torch.float64)
                """)
    }

    @Test func severalSuffixesShareTheWrappedLine() {
        #expect(
            FormatFixture.f64([Double](repeating: 1.5, count: 16), suffixes: Self.mul) == """
                tensor([1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000,
                        1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000, 1.5000],
                       dtype=torch.float64, grad_fn=<MulBackward0>)
                """)
    }

    @Test func dtypeSuffixComesBeforeAutogradSuffixes() {
        #expect(FormatFixture.f32([1, 2], suffixes: Self.leaf) == "tensor([1., 2.], requires_grad=True)")
        #expect(FormatFixture.f32([2, 4], suffixes: Self.mul) == "tensor([2., 4.], grad_fn=<MulBackward0>)")
        #expect(
            FormatFixture.f64([1, 2], suffixes: Self.leaf)
                == "tensor([1., 2.], dtype=torch.float64, requires_grad=True)")
        #expect(
            FormatFixture.f64([1, 2], suffixes: ["grad_fn=<ToCopyBackward0>"])
                == "tensor([1., 2.], dtype=torch.float64, grad_fn=<ToCopyBackward0>)")
        #expect(
            FormatFixture.f64([0.25, -1], shape: [1, 2], suffixes: Self.leaf)
                == "tensor([[ 0.2500, -1.0000]], dtype=torch.float64, requires_grad=True)")
    }

    @Test func zeroDimensionalTensorsTakeSuffixesToo() {
        #expect(FormatFixture.f32Scalar(2.5, suffixes: ["grad_fn=<AddBackward0>"]) == "tensor(2.5000, grad_fn=<AddBackward0>)")
        #expect(FormatFixture.f32Scalar(3, suffixes: ["grad_fn=<SumBackward0>"]) == "tensor(3., grad_fn=<SumBackward0>)")
        #expect(FormatFixture.f32Scalar(3.25, suffixes: Self.leaf) == "tensor(3.2500, requires_grad=True)")
    }

    @Test func suffixFollowsTheLastLineOfAMultiLineBody() {
        #expect(
            FormatFixture.f32([1, 2], shape: [2, 1], suffixes: ["grad_fn=<TBackward0>"]) == """
                tensor([[1.],
                        [2.]], grad_fn=<TBackward0>)
                """)
        #expect(
            FormatFixture.f32([0.5, -1, 2, 3], shape: [2, 2], suffixes: Self.leaf) == """
                tensor([[ 0.5000, -1.0000],
                        [ 2.0000,  3.0000]], requires_grad=True)
                """)
        #expect(
            FormatFixture.f32([1, 1, 1, 1], shape: [1, 2, 2], suffixes: Self.leaf) == """
                tensor([[[1., 1.],
                         [1., 1.]]], requires_grad=True)
                """)
    }

    @Test func dtypeSuffixIsOmittedForDefaultDtypesOfNonEmptyTensors() {
        #expect(FormatFixture.f32([1]) == "tensor([1.])")
        #expect(FormatFixture.ints([1]) == "tensor([1])")
        #expect(FormatFixture.bools([true]) == "tensor([True])")
        #expect(FormatFixture.ints([1], dtype: .int32) == "tensor([1], dtype=torch.int32)")
        #expect(FormatFixture.f64([1]) == "tensor([1.], dtype=torch.float64)")
    }
}
