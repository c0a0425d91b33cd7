import Testing

@testable import Autograd

/// Views, version counters and in-place history (`Graph/Tensor+ViewHistory.swift`, `Ops/Ops+InPlace.swift`).
@Suite(.serialized)
struct TensorViewHistoryTests {
    static func leaf(_ values: [Double], _ shape: [Int]? = nil, requiresGrad: Bool = true) throws -> Tensor {
        try Tensor.from(values.map { .float($0) }, shape: shape ?? [values.count], dtype: .float32, requiresGrad: requiresGrad)
    }

    @Test func viewsShareStorageAndVersion() throws {
        let base = try Self.leaf([1, 2, 3, 4, 5, 6], [2, 3], requiresGrad: false)
        let row = try base.select(0, 1)
        try row.fillInPlace(.float(9))
        #expect(base.doubles == [1, 2, 3, 9, 9, 9])
        #expect(base.version == 1 && row.version == 1)
        #expect(row.base === base)
        #expect(try base.view([6]).base === base)
    }

    @Test func detachSharesTheVersionCounterButDataDoesNot() throws {
        let x = try Self.leaf([1, 2])
        try x.detach().fillInPlace(.int(0))
        #expect(x.version == 1)
        try x.data.fillInPlace(.int(3))
        #expect(x.version == 1)
        #expect(x.doubles == [3, 3])
    }

    @Test func inPlaceOnLeafRequiringGradIsRefused() throws {
        let w = try Self.leaf([1, 2])
        #expect(throws: TorchError.runtime(Messages.leafInPlace)) { try w.applyInPlace(.add, .wrapping(.int(1))) }
        #expect(throws: TorchError.runtime(Messages.viewOfLeafInPlace)) { try w.select(0, 0).zeroInPlace() }
        try GradMode.with(false) { try w.applyInPlace(.add, .wrapping(.int(1))) }
        #expect(w.doubles == [2, 3])
    }

    @Test func viewMadeUnderNoGradRefusesInPlaceWithGradOn() throws {
        let w = try Self.leaf([1, 2, 3])
        let a = try w * Tensor.wrapping(.int(2))
        let view = try GradMode.with(false) { try a.slice(0, start: 0, stop: 2, step: 1) }
        #expect(view.requiresGrad && view.isLeaf)
        #expect(throws: TorchError.runtime(Messages.viewCreatedInNoGrad)) { try view.zeroInPlace() }
    }

    @Test func inPlaceOnNonLeafRebasesHistory() throws {
        let w = try Self.leaf([1, -2])
        let h = try w * Tensor.wrapping(.int(2))
        try h.applyInPlace(.add, .wrapping(.int(1)))
        #expect(h.gradFn?.typeName == "AddBackward0")
        #expect(h.gradFn?.nextFunctions.first?.node?.typeName == "MulBackward0")
        try h.sum().backward()
        #expect(w.grad?.doubles == [2, 2])
    }

    @Test func writingIntoAViewGivesTheBaseCopySlicesAndTheViewAsStrided() throws {
        let w = try Self.leaf([1, 2, 3, 4], [2, 2])
        let a = try w * Tensor.wrapping(.int(1))
        let first = try a.select(0, 0)
        let second = try a.select(0, 1)
        try first.applyInPlace(.mul, .wrapping(.int(3)))
        #expect(a.gradFn?.typeName == "CopySlices")
        #expect(a.gradFn?.qualifiedName == "torch::autograd::CopySlices")
        #expect(first.gradFn?.typeName == "AsStridedBackward0")
        #expect(second.gradFn?.typeName == "AsStridedBackward0")
        try a.sum().backward()
        #expect(w.grad?.doubles == [3, 3, 1, 1])
    }

    @Test func writingATensorRequiringGradIntoAPlainTensorMakesItANonLeaf() throws {
        let q = try Self.leaf([4])
        let z = try Tensor.zeros([3])
        try z.select(0, 1).copyInPlace(from: try q.select(0, 0) * Tensor.wrapping(.int(2)))
        #expect(z.requiresGrad && !z.isLeaf)
        #expect(z.gradFn?.typeName == "CopySlices")
        try (z * Self.leaf([1, 2, 3], requiresGrad: false)).sum().backward()
        #expect(q.grad?.doubles == [4])
    }

    @Test func modifyingASavedTensorFailsAtBackwardWithPyTorchsMessage() throws {
        let w = try Self.leaf([1, 2, 3])
        let e = try (w * Tensor.wrapping(.int(1))).exp()
        try e.applyInPlace(.add, .wrapping(.int(1)))
        let expected =
            "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
        #expect(throws: TorchError.runtime(expected)) { try e.sum().backward() }
    }

    @Test func modifiedSavedLeafNamesNoProducer() throws {
        let w = try Self.leaf([1, 2])
        let b = try Tensor.ones([2], dtype: .float64)
        let m = try w * b
        try b.applyInPlace(.mul, .wrapping(.int(2)))
        let expected =
            "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor [2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
        #expect(throws: TorchError.runtime(expected)) { try m.sum().backward() }
    }

    @Test func retainedGradientFollowsTheTensorToItsNewNode() throws {
        let w = try Self.leaf([1, 2])
        let h = try w * Tensor.wrapping(.int(2))
        try h.retainGrad()
        try h.applyInPlace(.mul, .wrapping(.int(3)))
        try h.sum().backward()
        #expect(h.grad?.doubles == [1, 1])
        #expect(w.grad?.doubles == [6, 6])
    }

    @Test func detachInPlaceDropsHistoryButNotOnViews() throws {
        let a = try Self.leaf([1, 2]) * Tensor.wrapping(.int(2))
        #expect(throws: TorchError.self) { try a.select(0, 0).detachInPlace() }
        try a.detachInPlace()
        #expect(!a.requiresGrad && a.isLeaf)
    }
}
