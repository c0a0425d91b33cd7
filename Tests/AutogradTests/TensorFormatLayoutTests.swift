import Testing

@testable import Autograd

/// Nesting, line wrapping at 80 columns and summarisation above 1000 elements.
@Suite struct TensorFormatLayoutTests {
    @Test func nestedBlocksIndentOneColumnPerLevel() {
        #expect(
            FormatFixture.f32([1, -2.5, 300, 4], shape: [2, 2]) == """
                tensor([[  1.0000,  -2.5000],
                        [300.0000,   4.0000]])
                """)
        #expect(
            FormatFixture.ints([1, 2, 3, 4, 5, 6, 7, 8], shape: [2, 2, 2]) == """
                tensor([[[1, 2],
                         [3, 4]],

                        [[5, 6],
                         [7, 8]]])
                """)
    }

    @Test func fourDimensionalBlocksAreSeparatedByTwoEmptyLines() {
        let zeros = FormatFixture.f32([Double](repeating: 0, count: 8), shape: [2, 1, 2, 2])
        #expect(
            zeros == """
                tensor([[[[0., 0.],
                          [0., 0.]]],


                        [[[0., 0.],
                          [0., 0.]]]])
                """)
        #expect(!zeros.contains(" \n"))
    }

    @Test func goldenThreeDimensionalTensors() {
        #expect(
            FormatFixture.arangeF32(shape: [2, 3, 4]) == """
                tensor([[[ 0.,  1.,  2.,  3.],
                         [ 4.,  5.,  6.,  7.],
                         [ 8.,  9., 10., 11.]],

                        [[12., 13., 14., 15.],
                         [16., 17., 18., 19.],
                         [20., 21., 22., 23.]]])
                """)
        #expect(FormatFixture.f32([1, 1, 1, 1], shape: [1, 2, 2]) == "tensor([[[1., 1.],\n         [1., 1.]]])")
        #expect(
            FormatFixture.f32([1.5, -2, 0.25, 4], shape: [2, 1, 2]) == """
                tensor([[[ 1.5000, -2.0000]],

                        [[ 0.2500,  4.0000]]])
                """)
        #expect(FormatFixture.ints([0, 0, 0, 0, 0, 0], shape: [2, 1, 3]) == "tensor([[[0, 0, 0]],\n\n        [[0, 0, 0]]])")
        #expect(
            FormatFixture.bools([true, false, false, true], shape: [2, 2, 1]) == """
                tensor([[[ True],
                         [False]],

                        [[False],
                         [ True]]])
                """)
    }

    @Test func rowsWrapAtEightyColumnsAlignedUnderTheFirstElement() {
        #expect(
            FormatFixture.arangeF32(shape: [20]) == """
                tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,
                        14., 15., 16., 17., 18., 19.])
                """)
        #expect(
            FormatFixture.arangeF32(shape: [20]) { $0 / 3 } == """
                tensor([0.0000, 0.3333, 0.6667, 1.0000, 1.3333, 1.6667, 2.0000, 2.3333, 2.6667,
                        3.0000, 3.3333, 3.6667, 4.0000, 4.3333, 4.6667, 5.0000, 5.3333, 5.6667,
                        6.0000, 6.3333])
                """)
    }

    @Test func goldenWrapCases() {
        #expect(
            FormatFixture.arangeF32(shape: [30]) { $0 / 7 } == """
                tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,
                        1.2857, 1.4286, 1.5714, 1.7143, 1.8571, 2.0000, 2.1429, 2.2857, 2.4286,
                        2.5714, 2.7143, 2.8571, 3.0000, 3.1429, 3.2857, 3.4286, 3.5714, 3.7143,
                        3.8571, 4.0000, 4.1429])
                """)
        #expect(
            FormatFixture.arangeI64(shape: [40]) == """
                tensor([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16, 17,
                        18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
                        36, 37, 38, 39])
                """)
        #expect(
            FormatFixture.generated(shape: [40], dtype: .int64) { .int(Int64($0 - 20) * 1000) } == """
                tensor([-20000, -19000, -18000, -17000, -16000, -15000, -14000, -13000, -12000,
                        -11000, -10000,  -9000,  -8000,  -7000,  -6000,  -5000,  -4000,  -3000,
                         -2000,  -1000,      0,   1000,   2000,   3000,   4000,   5000,   6000,
                          7000,   8000,   9000,  10000,  11000,  12000,  13000,  14000,  15000,
                         16000,  17000,  18000,  19000])
                """)
        #expect(
            FormatFixture.generated(shape: [30], dtype: .bool) { .bool($0 % 3 == 0) } == """
                tensor([ True, False, False,  True, False, False,  True, False, False,  True,
                        False, False,  True, False, False,  True, False, False,  True, False,
                        False,  True, False, False,  True, False, False,  True, False, False])
                """)
        #expect(
            FormatFixture.arangeF32(shape: [20]) { $0 - 10 } == """
                tensor([-10.,  -9.,  -8.,  -7.,  -6.,  -5.,  -4.,  -3.,  -2.,  -1.,   0.,   1.,
                          2.,   3.,   4.,   5.,   6.,   7.,   8.,   9.])
                """)
        #expect(
            FormatFixture.arangeF32(shape: [2, 6]) { $0 * 1_000_000 } == """
                tensor([[       0.,  1000000.,  2000000.,  3000000.,  4000000.,  5000000.],
                        [ 6000000.,  7000000.,  8000000.,  9000000., 10000000., 11000000.]])
                """)
    }

    @Test func exactlyOneThousandElementsPrintInFull() {
        let full = FormatFixture.arangeI64(shape: [1000])
        #expect(!full.contains("..."))
        #expect(full.split(separator: "\n").count == 72)
        #expect(full.hasSuffix("996, 997, 998, 999])"))
        #expect(
            FormatFixture.generated(shape: [2, 10], dtype: .int64) { .int(Int64(980 + $0)) } == """
                tensor([[980, 981, 982, 983, 984, 985, 986, 987, 988, 989],
                        [990, 991, 992, 993, 994, 995, 996, 997, 998, 999]])
                """)
    }

    @Test func moreThanOneThousandElementsAreSummarised() {
        #expect(FormatFixture.arangeI64(shape: [1001]) == "tensor([   0,    1,    2,  ...,  998,  999, 1000])")
        #expect(FormatFixture.arangeF32(shape: [1001]) == "tensor([   0.,    1.,    2.,  ...,  998.,  999., 1000.])")
        #expect(
            FormatFixture.generated(shape: [1001], dtype: .bool) { _ in .bool(true) }
                == "tensor([True, True, True,  ..., True, True, True])")
        #expect(
            FormatFixture.arangeF32(shape: [1500]) == """
                tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.4970e+03, 1.4980e+03,
                        1.4990e+03])
                """)
    }

    @Test func summarisedNanAndInfinityArePaddedToTheShownColumn() {
        let text = FormatFixture.generated(shape: [1001], dtype: .float32) { index in
            .float(index == 0 ? .nan : index == 1000 ? -.infinity : 1.5)
        }
        #expect(text == "tensor([   nan, 1.5000, 1.5000,  ..., 1.5000, 1.5000,   -inf])")
    }

    @Test func summarisingKeepsShortDimensionsWhole() {
        #expect(
            FormatFixture.arangeF32(shape: [2, 501]) { $0 / 7 } == """
                tensor([[0.0000e+00, 1.4286e-01, 2.8571e-01,  ..., 7.1143e+01, 7.1286e+01,
                         7.1429e+01],
                        [7.1571e+01, 7.1714e+01, 7.1857e+01,  ..., 1.4271e+02, 1.4286e+02,
                         1.4300e+02]])
                """)
        #expect(
            FormatFixture.arangeF32(shape: [1000, 2]) { $0 / 7 } == """
                tensor([[0.0000e+00, 1.4286e-01],
                        [2.8571e-01, 4.2857e-01],
                        [5.7143e-01, 7.1429e-01],
                        ...,
                        [2.8486e+02, 2.8500e+02],
                        [2.8514e+02, 2.8529e+02],
                        [2.8543e+02, 2.8557e+02]])
                """)
    }

    @Test func summarisedMatrixShowsEllipsisRow() {
        #expect(
            FormatFixture.arangeF32(shape: [100, 100]) == """
                tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 9.7000e+01, 9.8000e+01,
                         9.9000e+01],
                        [1.0000e+02, 1.0100e+02, 1.0200e+02,  ..., 1.9700e+02, 1.9800e+02,
                         1.9900e+02],
                        [2.0000e+02, 2.0100e+02, 2.0200e+02,  ..., 2.9700e+02, 2.9800e+02,
                         2.9900e+02],
                        ...,
                        [9.7000e+03, 9.7010e+03, 9.7020e+03,  ..., 9.7970e+03, 9.7980e+03,
                         9.7990e+03],
                        [9.8000e+03, 9.8010e+03, 9.8020e+03,  ..., 9.8970e+03, 9.8980e+03,
                         9.8990e+03],
                        [9.9000e+03, 9.9010e+03, 9.9020e+03,  ..., 9.9970e+03, 9.9980e+03,
                         9.9990e+03]])
                """)
        #expect(
            FormatFixture.generated(shape: [40, 40], dtype: .float32) { _ in .float(1) } == """
                tensor([[1., 1., 1.,  ..., 1., 1., 1.],
                        [1., 1., 1.,  ..., 1., 1., 1.],
                        [1., 1., 1.,  ..., 1., 1., 1.],
                        ...,
                        [1., 1., 1.,  ..., 1., 1., 1.],
                        [1., 1., 1.,  ..., 1., 1., 1.],
                        [1., 1., 1.,  ..., 1., 1., 1.]])
                """)
    }

    @Test func summarisedThreeDimensionalTensorSurroundsEllipsisWithBlankLines() {
        let text = FormatFixture.arangeI64(shape: [7, 11, 13])
        #expect(
            text.hasPrefix(
                """
                tensor([[[   0,    1,    2,  ...,   10,   11,   12],
                         [  13,   14,   15,  ...,   23,   24,   25],
                         [  26,   27,   28,  ...,   36,   37,   38],
                         ...,
                         [ 104,  105,  106,  ...,  114,  115,  116],
                         [ 117,  118,  119,  ...,  127,  128,  129],
                         [ 130,  131,  132,  ...,  140,  141,  142]],

                        [[ 143,
                """))
        #expect(
            text.hasSuffix(
                """
                        [[ 858,  859,  860,  ...,  868,  869,  870],
                         [ 871,  872,  873,  ...,  881,  882,  883],
                         [ 884,  885,  886,  ...,  894,  895,  896],
                         ...,
                         [ 962,  963,  964,  ...,  972,  973,  974],
                         [ 975,  976,  977,  ...,  985,  986,  987],
                         [ 988,  989,  990,  ...,  998,  999, 1000]]])
                """))
        #expect(text.contains("]],\n\n        ...,\n\n        [["))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 6 * 7 + 6 + 1)
    }

    @Test func goldenSummarisedThreeDimensionalFloatWrapsEachRow() {
        let text = FormatFixture.arangeF32(shape: [2, 20, 30])
        #expect(
            text.hasPrefix(
                """
                tensor([[[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 2.7000e+01,
                          2.8000e+01, 2.9000e+01],
                         [3.0000e+01, 3.1000e+01, 3.2000e+01,  ..., 5.7000e+01,
                          5.8000e+01, 5.9000e+01],
                """))
        #expect(
            text.hasSuffix(
                """
                          1.1680e+03, 1.1690e+03],
                         [1.1700e+03, 1.1710e+03, 1.1720e+03,  ..., 1.1970e+03,
                          1.1980e+03, 1.1990e+03]]])
                """))
        #expect(
            text.contains(
                """
                          5.9800e+02, 5.9900e+02]],

                        [[6.0000e+02, 6.0100e+02,
                """))
    }

    @Test func hugeTensorsReadOnlyTheDisplayedElements() {
        var reads = 0
        let input = TensorPrintInput(
            shape: [10_000_000], dtype: .float32,
            element: { index in
                reads += 1
                return .float(Double(index))
            })
        #expect(
            TensorFormat.repr(input)
                == "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.0000e+07, 1.0000e+07,\n        1.0000e+07])")
        #expect(reads == 6)
    }
}
