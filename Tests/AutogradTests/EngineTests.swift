import Testing

@testable import Autograd

@Suite(.serialized)
struct EngineTests {
    @Test func backwardAccumulatesIntoLeafAcrossCalls() throws {
        let x = try Tensor.from([.float(1), .float(2), .float(3)], shape: [3], dtype: .float32, requiresGrad: true)
        let y = try (x * x).sum()
        try y.backward(retainGraph: true)
        #expect(x.gradStorage?.doubles == [2, 4, 6])
        try y.backward()
        #expect(x.gradStorage?.doubles == [4, 8, 12])
    }

    @Test func secondBackwardThroughFreedGraphRaisesPyTorchError() throws {
        let x = try Tensor.from([.float(1), .float(2)], shape: [2], dtype: .float32, requiresGrad: true)
        let y = try (x * x).sum()
        try y.backward()
        #expect(throws: TorchError.runtime(Messages.backwardTwice)) { try y.backward() }
    }

    @Test func secondBackwardWithoutSavedTensorsSucceeds() throws {
        let x = try Tensor.from([.float(1), .float(2)], shape: [2], dtype: .float32, requiresGrad: true)
        let y = try (x + Tensor.wrapping(.int(1)) - Tensor.wrapping(.int(3))).sum()
        try y.backward()
        try y.backward()
        #expect(x.gradStorage?.doubles == [2, 2])
    }

    /// PyTorch saves a Python number it multiplies by (`_saved_other`) and frees it with the graph.
    @Test func secondBackwardThroughAWrappedNumberFactorRaises() throws {
        let x = try Tensor.from([.float(1), .float(2)], shape: [2], dtype: .float32, requiresGrad: true)
        let y = try (x * Tensor.wrapping(.int(2))).sum()
        try y.backward()
        #expect(throws: TorchError.runtime(Messages.backwardTwice)) { try y.backward() }
    }

    @Test func implicitGradientNeedsScalarOutput() throws {
        let x = try Tensor.ones([3], requiresGrad: true)
        let y = try x * Tensor.wrapping(.int(2))
        #expect(throws: TorchError.runtime(Messages.implicitGradNonScalar)) { try y.backward() }
    }

    @Test func backwardOnTensorWithoutGradFnRaises() throws {
        let x = try Tensor.ones([2])
        #expect(throws: TorchError.runtime(Messages.noGradFn(0))) { try x.sum().backward() }
    }

    @Test func retainGradKeepsNonLeafGradient() throws {
        let x = try Tensor.ones([2], requiresGrad: true)
        let y = try x * Tensor.wrapping(.int(3))
        try y.retainGrad()
        try (y * y).sum().backward()
        #expect(y.gradStorage?.doubles == [6, 6])
        #expect(x.gradStorage?.doubles == [18, 18])
    }

    @Test func explicitGradientFlowsThroughChain() throws {
        let x = try Tensor.from([.float(1), .float(2), .float(3)], shape: [3], dtype: .float32, requiresGrad: true)
        var y = try x * Tensor.wrapping(.int(2))
        for _ in 0..<9 { y = try y * Tensor.wrapping(.int(2)) }
        let v = try Tensor.from([.float(0.1), .float(1), .float(0.0001)], shape: [3], dtype: .float32)
        try y.backward(gradient: v)
        let grad = try #require(x.gradStorage?.doubles)
        #expect(abs(grad[0] - 102.4) < 1e-4 && abs(grad[1] - 1024) < 1e-3 && abs(grad[2] - 0.1024) < 1e-6)
    }

    @Test func noGradModeRecordsNothing() throws {
        let x = try Tensor.ones([2], requiresGrad: true)
        let y = try GradMode.with(false) { try x * x }
        #expect(y.gradFn == nil && !y.requiresGrad)
    }

    @Test func hooksReplaceGradientInRegistrationOrder() throws {
        let x = try Tensor.from([.float(1), .float(2)], shape: [2], dtype: .float32, requiresGrad: true)
        var seen: [[Double]] = []
        try x.registerHook { g in try g * Tensor.wrapping(.int(2)) }
        try x.registerHook { g in
            seen.append(g.doubles)
            return nil
        }
        try x.sum().backward()
        #expect(seen == [[2, 2]])
        #expect(x.gradStorage?.doubles == [2, 2])
    }

    @Test func autogradGradDoesNotTouchLeafGrad() throws {
        let x = try Tensor.from([.float(1), .float(2)], shape: [2], dtype: .float64, requiresGrad: true)
        let (g) = try Autograd.grad(outputs: [try x.pow(.int(3)).sum()], inputs: [x], createGraph: true)
        let first = try #require(g[0])
        #expect(first.doubles == [3, 12])
        #expect(first.gradFn?.typeName == "MulBackward0")
        #expect(x.gradStorage == nil)
        let second = try Autograd.grad(outputs: [try first.sum()], inputs: [x])
        #expect(second[0]?.doubles == [6, 12])
    }

    /// A 100,000-op chain builds, backpropagates and is freed without recursion overflowing the stack.
    @Test func hundredThousandOpChainBuildsBackpropagatesAndFrees() throws {
        let x = try Tensor.ones([1], requiresGrad: true)
        var y = x
        for _ in 0..<100_000 { y = try y + Tensor.wrapping(.float(1e-6)) }
        try y.sum().backward()
        #expect(x.gradStorage?.doubles == [1])
        var depth = 0
        var node = y.gradFn
        while let n = node, depth < 200_000 {
            depth += 1
            node = n.nextFunctions.first?.node
        }
        #expect(depth == 100_001)
        y = x
        #expect(y.gradFn == nil)
    }

    @Test func sequenceNumbersOrderReadyNodesLatestFirst() {
        var heap = NodeHeap()
        let nodes = (0..<5).map { _ in Node(typeName: "N", edges: [], saved: [], savesResult: false, backward: nil) }
        for n in nodes.shuffled() { heap.push(n) }
        var order: [Int] = []
        while let n = heap.pop() { order.append(n.sequenceNr) }
        #expect(order == nodes.map(\.sequenceNr).sorted(by: >))
    }
}
