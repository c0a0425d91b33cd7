import Testing

@testable import Autograd

/// `mm`, `mv`, `dot` and `bmm`: values, dtypes, checks in PyTorch's order, and their derivatives.
@Suite(.serialized)
struct MatrixProductsTests {
    typealias F = LinalgFixture

    @Test func mmMultipliesFloat32AndFloat64() throws {
        for dtype in [DType.float32, .float64] {
            let a = try F.tensor([2, 3], start: 1, dtype: dtype)
            let b = try F.tensor([3, 4], start: 2, dtype: dtype)
            let r = try a.mm(b)
            #expect(r.dtype == dtype)
            #expect(r.doubles == F.reference(a.doubles, b.doubles, n: 2, k: 3, m: 4))
        }
    }

    @Test func integerProductsUseThePlainLoopAndWrapLikePyTorch() throws {
        let i = try Tensor.from([1, 2, 3, 4, 5, 6].map { .int($0) }, shape: [2, 3], dtype: .int64)
        #expect(try i.mm(i.t()).scalars == [14, 32, 32, 77].map { .int($0) })
        #expect(try i.mv(Tensor.from([1, 0, -1].map { .int($0) }, shape: [3], dtype: .int64)).scalars == [.int(-2), .int(-2)])
        let big = try Tensor.full([2, 2], .int(1 << 62), dtype: .int64)
        #expect(try big.mm(big).scalars == [.int(0), .int(0), .int(0), .int(0)])
        let small = try F.tensor([2, 3], dtype: .int32)
        let r = try small.mm(small.t())
        #expect(r.dtype == .int32)
        #expect(r.doubles == F.reference(small.doubles, try small.t().doubles, n: 2, k: 3, m: 2))
    }

    @Test func dotAndMvReturnPyTorchShapes() throws {
        let v = try F.tensor([3], start: 1)
        #expect(try v.dot(v).shape == [])
        #expect(try v.dot(v).doubles == [v.doubles.map { $0 * $0 }.reduce(0, +)])
        #expect(try F.tensor([2, 3]).mv(v).shape == [2])
        #expect(try F.tensor([2, 3, 4]).bmm(F.tensor([2, 4, 5])).shape == [2, 3, 5])
    }

    @Test(arguments: [
        ([2, 3], [2, 3], DType.float32, DType.float32, "mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
        ([3], [3, 2], .float32, .float32, "mm: self must be a matrix, got 1-D tensor"),
        ([2, 3], [3], .float32, .float32, "mm: mat2 must be a matrix, got 1-D tensor"),
        ([2, 3], [3, 2], .float32, .float64, "expected m1 and m2 to have the same dtype, but got: float != double"),
        ([2, 3], [3, 2], .int64, .int32, "expected m1 and m2 to have the same dtype, but got: long int != int"),
        ([2, 3], [2, 3], .float32, .float64, "mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
    ])
    func mmChecksInPyTorchsOrder(_ left: [Int], _ right: [Int], _ l: DType, _ r: DType, _ message: String) throws {
        #expect(throws: TorchError.runtime(message)) {
            try F.tensor(left, dtype: l).mm(F.tensor(right, dtype: r))
        }
    }

    @Test func mvDotAndBmmChecks() throws {
        let cases: [(() throws -> Tensor, TorchError)] = [
            ({ try F.tensor([2, 3]).mv(F.tensor([4])) }, .runtime("size mismatch, got input (2), mat (2x3), vec (4)")),
            ({ try F.tensor([2, 3]).mv(F.tensor([2, 3])) }, .runtime("vector + matrix @ vector expected, got 1, 2, 2")),
            ({ try F.tensor([3]).mv(F.tensor([3])) }, .runtime("vector + matrix @ vector expected, got 1, 1, 1")),
            (
                { try F.tensor([2, 3]).mv(F.tensor([3], dtype: .int64)) },
                .runtime("addmv input tensors must have the same dtype, but got Long, Float, and Long")
            ),
            (
                { try Tensor.scalarTensor(.float(1), dtype: .float32).mv(F.tensor([3])) },
                TorchError(.indexError, "Dimension specified as 0 but tensor has no dimensions")
            ),
            ({ try F.tensor([2, 3]).dot(F.tensor([2, 3])) }, .runtime("1D tensors expected, but got 2D and 2D tensors")),
            (
                { try F.tensor([3]).dot(F.tensor([4], dtype: .float64)) },
                .runtime("dot : expected both vectors to have same dtype, but found Float and Double")
            ),
            ({ try F.tensor([2, 3]).bmm(F.tensor([2, 3, 4])) }, .runtime("batch1 must be a 3D tensor")),
            ({ try F.tensor([2, 3, 4]).bmm(F.tensor([4, 2])) }, .runtime("batch2 must be a 3D tensor")),
            (
                { try F.tensor([2, 3, 4]).bmm(F.tensor([3, 4, 2])) },
                .runtime("Expected size for first two dimensions of batch2 tensor to be: [2, 4] but got: [3, 4].")
            ),
            (
                { try F.tensor([2, 3, 4]).bmm(F.tensor([2, 4, 2], dtype: .float64)) },
                .runtime("expected scalar type Float but found Double")
            ),
        ]
        for (body, error) in cases { #expect(throws: error) { try body() } }
    }

    @Test func boolProductsRaiseNotImplementedErrorNamingTheKernel() throws {
        let m = try Tensor.ones([2, 2], dtype: .bool)
        let v = try Tensor.ones([2], dtype: .bool)
        let b = try Tensor.ones([1, 2, 2], dtype: .bool)
        #expect(throws: TorchError(.notImplementedError, "\"addmm_impl_cpu_\" not implemented for 'Bool'")) { try m.mm(m) }
        #expect(throws: TorchError(.notImplementedError, "\"addmv_impl_cpu\" not implemented for 'Bool'")) { try m.mv(v) }
        #expect(throws: TorchError(.notImplementedError, "\"dot\" not implemented for 'Bool'")) { try v.dot(v) }
        #expect(throws: TorchError(.notImplementedError, "\"bmm\" not implemented for 'Bool'")) { try b.bmm(b) }
    }

    @Test func columnMajorInputGetsAColumnMajorGradientLikePyTorch() throws {
        let x = try F.tensor([2, 3], start: 1, dtype: .float64, requiresGrad: true)
        let loss = try x.mm(x.t()).sum()
        let g = try #require(try Autograd.grad(outputs: [loss], inputs: [x], createGraph: true)[0])
        #expect(
            F.graph(g)
                == "AddBackward0(MmBackward0(-, TBackward0(TBackward0(AccumulateGrad))), TBackward0(TBackward0(MmBackward0(-, AccumulateGrad))))"
        )
    }

    @Test func productSavesOnlyTheOtherInputAndRefusesASecondBackward() throws {
        let a = try F.tensor([2, 3], requiresGrad: true)
        let b = try F.tensor([3, 2])
        let r = try a.mm(b)
        #expect(r.gradFn?.saved.count == 1)
        let loss = try r.sum()
        try loss.backward()
        #expect(a.grad?.shape == [2, 3])
        #expect(throws: TorchError.runtime(Messages.backwardTwice)) { try loss.backward() }
    }

    @Test func savedOperandModifiedInPlaceIsReported() throws {
        let a = try F.tensor([2, 3], requiresGrad: true)
        let b = try F.tensor([3, 2])
        let loss = try a.mm(b).sum()
        try b.applyInPlace(.add, Tensor.wrapping(.int(1)))
        #expect(throws: TorchError.self) { try loss.backward() }
    }

    @Test func noGraphIsRecordedUnderNoGrad() throws {
        let a = try F.tensor([2, 3], requiresGrad: true)
        let r = try GradMode.with(false) { try a.mm(F.tensor([3, 2])) }
        #expect(r.gradFn == nil)
    }
}
