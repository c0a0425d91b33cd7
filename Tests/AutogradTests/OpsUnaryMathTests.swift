import Testing

@testable import Autograd

struct OpsUnaryMathTests {
    @Test func absKeepsIntegerDtypes() throws {
        let t = try Make.longs([-3, 2]).abs()
        #expect(t.dtype == .int64)
        #expect(t.doubles == [3, 2])
    }

    @Test func absOfBoolIsNotImplemented() throws {
        #expect(throws: TorchError(.notImplementedError, "\"abs_cpu\" not implemented for 'Bool'")) {
            try Make.bools([true]).abs()
        }
    }

    @Test func signIsZeroForNaNAndBothZeros() throws {
        let t = try Make.floats([.nan, -0.0, 0.0, -2, 3]).sgn()
        #expect(t.doubles == [0, 0, 0, -1, 1])
        #expect(t.doubles[1].sign == .plus)
    }

    @Test func absGradientIsTheSign() throws {
        let x = try Make.floats([-1.5, 0.5, 2], requiresGrad: true)
        #expect(try Make.gradient(of: x.abs(), x) == [-1, 1, 1])
    }

    @Test func sqrtOfIntegersIsFloat32() throws {
        let t = try Make.longs([4, 9]).sqrt()
        #expect(t.dtype == .float32)
        #expect(t.doubles == [2, 3])
    }

    @Test func sqrtGradientReadsTheResult() throws {
        let x = try Make.floats([0.25, 4], requiresGrad: true)
        #expect(try Make.gradient(of: x.sqrt(), x) == [1, 0.25])
    }

    @Test func log1pMatchesPyTorchForFloat() throws {
        let t = try Make.floats([0.5]).log1p()
        #expect(t.doubles == [Double(Float(0.405_465_1))])
    }
}
