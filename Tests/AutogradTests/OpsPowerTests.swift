import Testing

@testable import Autograd

struct OpsPowerTests {
    @Test func tensorExponentsRecordPowBackward1() throws {
        let x = try Make.floats([1, 2, 3], requiresGrad: true)
        let y = try x.pow(Make.floats([2, 1, 0]))
        #expect(y.gradFn?.typeName == "PowBackward1")
        #expect(y.doubles == [1, 2, 1])
    }

    @Test func numberBaseRecordsPowBackward2() throws {
        let x = try Make.floats([1, 2, 3], requiresGrad: true)
        let y = try Tensor.pow(base: .int(2), exponent: x)
        #expect(y.gradFn?.typeName == "PowBackward2")
        #expect(y.doubles == [2, 4, 8])
    }

    @Test func integerPowersOfNegativeExponentsFollowATen() throws {
        let t = try Make.longs([2, 3, 1, -1]).pow(Make.longs([2, -1, -5, -3]))
        #expect(t.dtype == .int64)
        #expect(t.doubles == [4, 0, 1, -1])
    }

    @Test func exponentGradientSkipsZeroBases() throws {
        let x = try Make.floats([0, 1, 2], requiresGrad: true)
        let e = try Make.floats([2, 0, -1], requiresGrad: true)
        let grads = try Autograd.grad(outputs: [x.pow(e).sum()], inputs: [x, e])
        #expect(grads[0]?.doubles == [0, 0, -0.25])
        #expect(abs((grads[1]?.doubles[2] ?? 0) - 0.3466) < 1e-4)
        #expect(grads[1]?.doubles[0] == 0)
    }

    @Test func zeroBaseGivesZeroGradientForNonNegativeExponents() throws {
        let x = try Make.floats([0, 1, 2], requiresGrad: true)
        #expect(try Make.gradient(of: Tensor.pow(base: .int(0), exponent: x), x) == [0, 0, 0])
    }
}
