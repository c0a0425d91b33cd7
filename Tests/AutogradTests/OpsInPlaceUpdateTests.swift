import Testing

@testable import Autograd

struct OpsInPlaceUpdateTests {
    @Test func inPlaceOpsOnLeavesThatRequireGradAreRefused() throws {
        let x = try Make.floats([1], requiresGrad: true)
        #expect(throws: TorchError.runtime(Messages.leafInPlace)) { try x.applyInPlace(unary: "relu") }
    }

    @Test func inPlaceOpsRebaseHistoryOntoTheNewNode() throws {
        let x = try Make.floats([-1, 2], requiresGrad: true)
        let y = try x * Tensor.wrapping(.int(3))
        let version = y.versionCounter.value
        try y.applyInPlace(unary: "relu")
        #expect(y.doubles == [0, 6])
        #expect(y.versionCounter.value == version + 1)
        #expect(y.gradFn?.typeName == "ReluBackward0")
        #expect(y.gradFn?.nextFunctions.first?.node?.typeName == "MulBackward0")
        #expect(try Make.gradient(of: y, x) == [0, 3])
    }

    @Test func inPlaceOpsWithoutHistoryJustWrite() throws {
        let x = try Make.floats([-1, 4])
        try x.applyInPlace(unary: "sqrt")
        #expect(x.doubles[1] == 2 && x.doubles[0].isNaN)
        #expect(x.isLeaf)
    }

    @Test func inPlaceOpsMustKeepTheDtype() throws {
        #expect(throws: TorchError.runtime("result type Float can't be cast to the desired output type Long")) {
            try Make.longs([4]).applyInPlace(unary: "sqrt")
        }
    }
}
