import Testing

@testable import Autograd

/// `t`, `transpose`, `permute`, `.T` and `.mT`: views with PyTorch's geometry, nodes and messages.
@Suite(.serialized)
struct TransposeTests {
    typealias F = LinalgFixture

    @Test func tSwapsAMatrixAndLeavesVectorsAsTheyAre() throws {
        let m = try F.tensor([2, 3], requiresGrad: true)
        let t = try m.t()
        #expect(t.shape == [3, 2])
        #expect(t.strides == [1, 3])
        #expect(t.storage === m.storage)
        #expect(t.gradFn?.typeName == "TBackward0")
        let v = try F.tensor([3], requiresGrad: true).t()
        #expect(v.shape == [3])
        #expect(v.gradFn?.typeName == "TBackward0")
        #expect(try Tensor.scalarTensor(.float(2), dtype: .float32).t().shape == [])
        #expect(throws: TorchError.runtime("t() expects a tensor with <= 2 dimensions, but self is 3D")) {
            try F.tensor([2, 3, 4]).t()
        }
    }

    @Test func transposeSwapsAnyTwoDimensions() throws {
        let x = try F.tensor([2, 3, 4], requiresGrad: true)
        let y = try x.transpose(0, -1)
        #expect(y.shape == [4, 3, 2])
        #expect(y.strides == [1, 4, 12])
        #expect(y.gradFn?.typeName == "TransposeBackward0")
        #expect(try x.transpose(1, 1).gradFn?.typeName == "TransposeBackward0")
        #expect(
            throws: TorchError(.indexError, "Dimension out of range (expected to be in range of [-3, 2], but got 3)")
        ) { try x.transpose(0, 3) }
        let s = Tensor.scalarTensor(.float(1), dtype: .float32)
        #expect(try s.transpose(0, -1).shape == [])
        #expect(
            throws: TorchError(.indexError, "Dimension out of range (expected to be in range of [-1, 0], but got 1)")
        ) { try s.transpose(0, 1) }
    }

    @Test func permuteReordersAndItsGradientFlowsBack() throws {
        let x = try F.tensor([2, 3, 4], dtype: .float64, requiresGrad: true)
        let p = try x.permute([2, 0, 1])
        #expect(p.shape == [4, 2, 3])
        #expect(p.strides == [1, 12, 4])
        #expect(p.gradFn?.typeName == "PermuteBackward0")
        let w = try F.tensor([4, 2, 3], start: 3, dtype: .float64)
        try (p * w).sum().backward()
        #expect(try #require(x.grad).doubles == w.permute([1, 2, 0]).doubles)
    }

    @Test func permuteChecksCountRangeAndDuplicates() throws {
        let x = try F.tensor([2, 3])
        #expect(
            throws: TorchError.runtime(
                "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 2 is not equal to len(dims) = 1"
            )
        ) { try x.permute([0]) }
        #expect(throws: TorchError.runtime("permute(): duplicate dims are not allowed.")) { try x.permute([1, -1]) }
        #expect(
            throws: TorchError(.indexError, "Dimension out of range (expected to be in range of [-2, 1], but got 2)")
        ) { try x.permute([0, 2]) }
        #expect(try Tensor.scalarTensor(.float(1), dtype: .float32).permute([]).shape == [])
    }

    @Test func numpyTReversesDimensionsAndWarnsOncePerState() throws {
        var warnings: [String] = []
        let state = EngineState()
        state.warningHandler = { _, message in warnings.append(message) }
        try state.installed {
            let m = try F.tensor([2, 3], requiresGrad: true)
            #expect(try m.reversedDimensions().gradFn?.typeName == "PermuteBackward0")
            #expect(warnings.isEmpty)
            let x = try F.tensor([2, 3, 4])
            #expect(try x.reversedDimensions().shape == [4, 3, 2])
            #expect(try F.tensor([3]).reversedDimensions().shape == [3])
            #expect(warnings == [Messages.numpyTDeprecated])
            _ = try Tensor.scalarTensor(.float(1), dtype: .float32).reversedDimensions()
            _ = try Tensor.scalarTensor(.float(1), dtype: .float32).reversedDimensions()
            #expect(warnings == [Messages.numpyTDeprecated, Messages.numpyTZeroDim])
        }
    }

    @Test func mTTransposesTheLastTwoDimensions() throws {
        let x = try F.tensor([2, 3, 4], requiresGrad: true)
        let y = try x.matrixTransposed()
        #expect(y.shape == [2, 4, 3])
        #expect(y.gradFn?.typeName == "TransposeBackward0")
        #expect(
            throws: TorchError.runtime("tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.")
        ) { try F.tensor([3]).matrixTransposed() }
        let s = Tensor.scalarTensor(.float(1), dtype: .float32)
        #expect(try s.matrixTransposed() === s)
    }

    @Test func transposedViewsShareMemoryWithTheirBase() throws {
        let x = try F.tensor([2, 3])
        let t = try x.t()
        try t.fillInPlace(.int(7))
        #expect(x.doubles == [Double](repeating: 7, count: 6))
    }
}
