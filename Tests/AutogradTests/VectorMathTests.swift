import Testing

@testable import Autograd

struct VectorMathTests {
    @Test func laneSumFoldsRegistersInHalves() {
        let values: [Float] = (1...11).map { Float($0) }
        // Lanes 0-2 absorb the ragged tail (9, 10, 11); the register then folds 4, 2, 1 apart.
        #expect(VectorMath.laneSum(values) == 66)
        #expect(VectorMath.laneSum([Float(1), 2, 3]) == 6)
        #expect(VectorMath.laneSum([Float]()) == 0)
    }

    @Test func exponentialHandlesTheEdgesOfItsRange() {
        #expect(VectorMath.expFloat(0) == 1)
        #expect(VectorMath.expFloat(101) == .infinity)
        #expect(VectorMath.expFloat(-105) == 0)
        #expect(VectorMath.expFloat(.nan).isNaN)
        #expect(abs(VectorMath.expFloat(1) - 2.718_281_8) < 1e-6)
    }

    @Test func logarithmsHandleSpecialValues() {
        #expect(VectorMath.logFloat(1) == 0)
        #expect(VectorMath.logFloat(0) == -.infinity)
        #expect(VectorMath.logFloat(-1).isNaN)
        #expect(abs(VectorMath.logFloat(.leastNormalMagnitude / 4) - -88.722_84) < 1e-3)
        #expect(VectorMath.logOnePlusFloat(-1) == -.infinity)
        #expect(VectorMath.logOnePlusFloat(-0.0).sign == .minus)
        #expect(abs(VectorMath.logOnePlusFloat(1e-7) - 1e-7) < 1e-12)
    }

    @Test func doublesUseTheCLibrary() {
        #expect(VectorMath.exp(1.0) == Double.exp(1.0))
        #expect(VectorMath.log(2.0) == Double.log(2.0))
    }
}
