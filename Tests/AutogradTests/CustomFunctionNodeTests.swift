import Testing

@testable import Autograd

/// The node behind a user `autograd.Function`: closures for backward, several outputs,
/// PyTorch's gradient validation, saved tensors with version checks.
@Suite struct CustomFunctionNodeTests {
    private func leaf(_ values: [Double]) throws -> Tensor {
        try Tensor.from(values.map { .float($0) }, shape: [values.count], dtype: .float32, requiresGrad: true)
    }

    @Test func singleOutputBackwardRunsTheClosure() throws {
        let x = try leaf([1, 2])
        let y = try GradMode.with(false) { try x * x }
        let node = CustomFunctionNode(name: "SquareBackward", inputs: [x], outputCount: 1) { grads in
            [try grads[0].map { try $0 * x * Tensor.scalarTensor(.float(2), dtype: .float32) }]
        }
        let outputs = try node.attach(outputs: [.differentiable(y)], inputs: [x], saving: [])
        let out = try #require(outputs[0])
        #expect(out.gradFn?.typeName == "SquareBackward")
        try out.backward(gradient: try Tensor.ones([2]))
        #expect(try x.gradStorage?.checkedDoubles() == [2, 4])
    }

    @Test func gradientsOfEveryOutputArriveInOneCall() throws {
        let x = try leaf([1, 2])
        let a = try GradMode.with(false) { try x * x }
        let b = try GradMode.with(false) { try x * x }
        nonisolated(unsafe) var calls: [[Bool]] = []
        let node = CustomFunctionNode(name: "PairBackward", inputs: [x], outputCount: 2) { grads in
            calls.append(grads.map { $0 != nil })
            return [grads.compactMap { $0 }.first]
        }
        let outputs = try node.attach(outputs: [.differentiable(a), .differentiable(b)], inputs: [x], saving: [])
        let second = try #require(outputs[1])
        #expect(second.outputNr == 1)
        #expect(GraphRecorder.edge(to: second).inputNr == 1)
        try second.backward(gradient: try Tensor.ones([2]))
        #expect(calls == [[false, true]])
        #expect(try x.gradStorage?.checkedDoubles() == [1, 1])
    }

    @Test func aGradientOfTheWrongShapeIsPyTorchsError() throws {
        let x = try leaf([1, 2])
        let y = try GradMode.with(false) { try x * x }
        let node = CustomFunctionNode(name: "BadBackward", inputs: [x], outputCount: 1) { _ in
            [try Tensor.ones([3])]
        }
        let out = try #require(try node.attach(outputs: [.differentiable(y)], inputs: [x], saving: [])[0])
        #expect(
            throws: TorchError.runtime(
                "Function BadBackward returned an invalid gradient at index 0 - got [3] but expected shape compatible with [2]"
            )
        ) { try out.backward(gradient: try Tensor.ones([2])) }
    }

    @Test func aBroadcastGradientIsSummedBackToTheInputShape() throws {
        let x = try leaf([1, 2])
        let y = try GradMode.with(false) { try x * x }
        let node = CustomFunctionNode(name: "WideBackward", inputs: [x], outputCount: 1) { _ in
            [try Tensor.ones([3, 2])]
        }
        let out = try #require(try node.attach(outputs: [.differentiable(y)], inputs: [x], saving: [])[0])
        try out.backward(gradient: try Tensor.ones([2]))
        #expect(try x.gradStorage?.checkedDoubles() == [3, 3])
    }

    @Test func savedTensorsAreFreedAfterBackward() throws {
        let x = try leaf([1, 2])
        let y = try GradMode.with(false) { try x * x }
        let node = CustomFunctionNode(name: "KeepBackward", inputs: [x], outputCount: 1) { grads in [grads[0]] }
        let out = try #require(try node.attach(outputs: [.differentiable(y)], inputs: [x], saving: [x, nil])[0])
        #expect(try node.savedTensors().map { $0 == nil } == [false, true])
        try out.backward(gradient: try Tensor.ones([2]))
        #expect(throws: TorchError.runtime(Messages.backwardTwice)) { try node.savedTensors() }
    }

    @Test func aNodeThatReceivesNoGradientStillReleasesItsInputs() throws {
        // y = f(h) + a where f's backward returns None for h: a's gradient must still arrive.
        let a = try leaf([1, 1])
        let h = try a * Tensor.scalarTensor(.float(2), dtype: .float32)
        let fy = try GradMode.with(false) { try h * h }
        let node = CustomFunctionNode(name: "NoneBackward", inputs: [h], outputCount: 1) { _ in [nil] }
        let out = try #require(try node.attach(outputs: [.differentiable(fy)], inputs: [h], saving: [])[0])
        let total = try out + a
        try total.backward(gradient: try Tensor.ones([2]))
        #expect(try a.gradStorage?.checkedDoubles() == [1, 1])
    }
}
