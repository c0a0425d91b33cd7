import Foundation
import Testing

@testable import Autograd

/// The range creators (`Tensor/Tensor+Factories.swift`), against values PyTorch 2.15 returned.
struct TensorFactoriesTests {
    /// `torch.linspace(-math.pi, math.pi, 40)[[6, 18, 19, 20, 33]]`, as float32 bit patterns.
    @Test func linspaceFloat32RoundsEachElementOnceLikeAFusedMultiplyAdd() throws {
        let t = try Tensor.linspace(start: .float(-Double.pi), end: .float(Double.pi), steps: 40)
        let picked = [6, 18, 19, 20, 33].map { Float(t.doubles[$0]).bitPattern }
        #expect(picked == [0xc00b_325d, 0xbe77_75fe, 0xbda4_f95a, 0x3da4_f95a, 0x400b_325d])
    }

    @Test func linspaceFloat64RoundsEachElementOnceLikeAFusedMultiplyAdd() throws {
        let t = try Tensor.linspace(start: .float(-Double.pi), end: .float(Double.pi), steps: 40, dtype: .float64)
        let picked = [6, 18, 19, 20, 33].map { t.doubles[$0] }
        #expect(
            picked == [
                -2.174948760177549, -0.24166097335306114, -0.0805536577843538, 0.0805536577843538, 2.174948760177549,
            ])
    }

    @Test func linspaceIntegerTruncatesTheDoubleValues() throws {
        let t = try Tensor.linspace(start: .float(-3.3), end: .int(17), steps: 9, dtype: .int64)
        #expect(t.doubles == [-3, 0, 2, 4, 7, 9, 12, 14, 17])
        let u = try Tensor.linspace(start: .int(-7), end: .int(100), steps: 13, dtype: .int64)
        #expect(u.doubles == [-7, 1, 10, 19, 28, 37, 46, 55, 64, 73, 82, 91, 100])
    }
}
