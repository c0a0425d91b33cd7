import Testing

@testable import Autograd

/// `matmul` in each of its shape cases: PyTorch's graph, values, and messages.
@Suite(.serialized)
struct MatmulTests {
    typealias F = LinalgFixture

    /// Graphs as PyTorch 2.15 builds them, both inputs requiring grad.
    @Test(arguments: [
        ([3], [3], [Int](), "DotBackward0(AccumulateGrad, AccumulateGrad)"),
        ([2, 3], [3], [2], "MvBackward0(AccumulateGrad, AccumulateGrad)"),
        ([3], [3, 2], [2], "SqueezeBackward4(MmBackward0(UnsqueezeBackward0(AccumulateGrad), AccumulateGrad))"),
        ([2, 3], [3, 4], [2, 4], "MmBackward0(AccumulateGrad, AccumulateGrad)"),
        ([2, 2, 3], [3, 4], [2, 2, 4], "UnsafeViewBackward0(MmBackward0(ViewBackward0(AccumulateGrad), AccumulateGrad))"),
        ([2, 2, 3], [3], [2, 2], "UnsafeViewBackward0(MvBackward0(ViewBackward0(AccumulateGrad), AccumulateGrad))"),
        (
            [3], [2, 3, 4], [2, 4],
            "UnsafeViewBackward0(MvBackward0(UnsafeViewBackward0(CloneBackward0(TransposeBackward0(AccumulateGrad))), AccumulateGrad))"
        ),
        (
            [2, 3], [5, 3, 4], [5, 2, 4],
            "CloneBackward0(TransposeBackward0(UnsafeViewBackward0(MmBackward0(UnsafeViewBackward0(CloneBackward0(TransposeBackward0(AccumulateGrad))), TBackward0(AccumulateGrad)))))"
        ),
        (
            [2, 2, 3], [2, 3, 4], [2, 2, 4],
            "UnsafeViewBackward0(BmmBackward0(ViewBackward0(ExpandBackward0(AccumulateGrad)), ViewBackward0(ExpandBackward0(AccumulateGrad))))"
        ),
        (
            [5, 1, 2, 3], [4, 3, 2], [5, 4, 2, 2],
            "UnsafeViewBackward0(BmmBackward0(UnsafeViewBackward0(CloneBackward0(ExpandBackward0(AccumulateGrad))), UnsafeViewBackward0(CloneBackward0(ExpandBackward0(AccumulateGrad)))))"
        ),
        (
            [1, 2, 3], [5, 3, 4], [5, 2, 4],
            "CloneBackward0(TransposeBackward0(UnsafeViewBackward0(MmBackward0(UnsafeViewBackward0(CloneBackward0(TransposeBackward0(AccumulateGrad))), TBackward0(SqueezeBackward1(AccumulateGrad))))))"
        ),
        (
            [2], [3, 2, 1], [3, 1],
            "UnsafeViewBackward0(MvBackward0(ViewBackward0(TransposeBackward0(AccumulateGrad)), AccumulateGrad))"
        ),
    ])
    func graphMatchesPyTorch(_ left: [Int], _ right: [Int], _ shape: [Int], _ graph: String) throws {
        let a = try F.tensor(left, start: 1, requiresGrad: true)
        let b = try F.tensor(right, start: 2, requiresGrad: true)
        let r = try a.matmul(b)
        #expect(r.shape == shape)
        #expect(F.graph(r) == graph)
    }

    @Test func smallOperandWithoutGradientUsesBatchedProduct() throws {
        let a = try F.tensor([3])
        let b = try F.tensor([2, 3, 4], requiresGrad: true)
        #expect(
            F.graph(try a.matmul(b))
                == "UnsafeViewBackward0(BmmBackward0(-, ViewBackward0(ExpandBackward0(AccumulateGrad))))")
    }

    @Test func unfoldableBatchTimesVectorSqueezesTheBatchedProduct() throws {
        let a = try F.tensor([3, 2, 4], requiresGrad: true).permute([1, 0, 2])
        let r = try a.matmul(try F.tensor([4]))
        #expect(r.shape == [2, 3])
        #expect(
            F.graph(r)
                == "UnsafeViewBackward0(SqueezeBackward1(BmmBackward0(ReshapeAliasBackward0(ExpandBackward0(PermuteBackward0(AccumulateGrad))), -)))"
        )
    }

    /// Attention scores: the transposed batch is viewable but not contiguous, so ATen reshapes it
    /// with `_reshape_alias`.
    @Test func batchTimesTransposedBatchReshapesByAlias() throws {
        let q = try F.tensor([2, 3, 4], requiresGrad: true)
        let k = try F.tensor([2, 3, 4], start: 1, requiresGrad: true)
        #expect(
            F.graph(try q.matmul(k.transpose(1, 2)))
                == "UnsafeViewBackward0(BmmBackward0(ViewBackward0(ExpandBackward0(AccumulateGrad)), ReshapeAliasBackward0(ExpandBackward0(TransposeBackward0(AccumulateGrad)))))"
        )
    }

    @Test(arguments: [
        ([3], [3]), ([2, 3], [3]), ([3], [3, 2]), ([2, 3], [3, 4]), ([2, 2, 3], [3, 4]), ([3], [2, 3, 4]),
        ([2, 3], [5, 3, 4]), ([2, 2, 3], [2, 3, 4]), ([5, 1, 2, 3], [4, 3, 2]), ([2, 1, 3], [3]),
    ])
    func valuesMatchTheReferenceProduct(_ left: [Int], _ right: [Int]) throws {
        for requiresGrad in [false, true] {
            let a = try F.tensor(left, start: 3, dtype: .float64, requiresGrad: requiresGrad)
            let b = try F.tensor(right, start: 4, dtype: .float64)
            let r = try a.matmul(b)
            let expected = try GradMode.with(false) {
                try
                    (a.reshape(left.count == 1 ? [1] + left : left).unsqueeze(-1)
                    * b.reshape(right.count == 1 ? right + [1] : right).unsqueeze(-3)).sum(dims: [-2], keepDim: false)
            }
            #expect(r.numel == expected.numel)
            for (x, y) in zip(r.doubles, expected.doubles) { #expect(abs(x - y) < 1e-12) }
        }
    }

    @Test func zeroDimensionalOperandsAreRefused() throws {
        let s = Tensor.scalarTensor(.float(1), dtype: .float32)
        let v = try F.tensor([3])
        #expect(throws: TorchError.runtime("both arguments to matmul need to be at least 1D, but they are 0D and 1D")) {
            try s.matmul(v)
        }
        #expect(throws: TorchError.runtime("both arguments to matmul need to be at least 1D, but they are 1D and 0D")) {
            try v.matmul(s)
        }
    }

    @Test func shapeErrorsComeFromTheProductMatmulUses() throws {
        let cases: [([Int], [Int], String)] = [
            ([2, 3], [2, 3], "mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
            ([3], [4, 2], "mm: mat1 and mat2 shapes cannot be multiplied (1x3 and 4x2)"),
            ([2, 2, 3], [4, 2], "mm: mat1 and mat2 shapes cannot be multiplied (4x3 and 4x2)"),
            ([2, 2, 3], [4], "size mismatch, got input (4), mat (4x3), vec (4)"),
            ([2, 2, 3], [2, 4, 2], "Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 4]."),
            ([2, 2, 3], [3, 3, 2], "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0"),
            (
                [3], [4],
                "inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively"
            ),
        ]
        for (left, right, message) in cases {
            #expect(throws: TorchError.runtime(message)) { try F.tensor(left).matmul(F.tensor(right)) }
        }
    }

    @Test func oneByTwoDimensionalProductBumpsTheResultVersionLikeSqueezeInPlace() throws {
        let r = try F.tensor([3]).matmul(F.tensor([3, 2]))
        #expect(r.versionCounter.value == 1)
    }

    @Test func emptyProductsAreZerosOfTheRightShape() throws {
        #expect(try Tensor.ones([0, 3]).matmul(Tensor.ones([3, 2])).shape == [0, 2])
        #expect(try Tensor.ones([2, 0]).matmul(Tensor.ones([0, 2])).doubles == [0, 0, 0, 0])
        #expect(try Tensor.ones([0]).matmul(Tensor.ones([0])).doubles == [0])
        #expect(try Tensor.ones([2, 3, 0]).matmul(Tensor.ones([0, 2])).shape == [2, 3, 2])
    }
}
