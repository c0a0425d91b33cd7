import Testing

@testable import Autograd

/// Expected values were printed by PyTorch 2.15 (CPU, AVX2) with `.tolist()`.
struct ReductionCascadeSumTests {
    static func ramp() throws -> Tensor {
        let values: [Scalar] = (0..<100).map { .float(Double(Float(Float($0) * 0.1) + 0.01)) }
        return try Tensor.from(values, shape: [100], dtype: .float32)
    }

    @Test func wholeSumsAndMeansMatchPyTorchBits() throws {
        let x = try Self.ramp()
        #expect(try x.sum().doubles == [496.000_061_035_156_25])
        #expect(try x.mean().doubles == [4.960_000_514_984_131])
        #expect(try Tensor.full([10], .float(0.1), dtype: .float32).sum().doubles == [1.000_000_119_209_289_6])
    }

    @Test func rowAndColumnSumsMatchPyTorchBits() throws {
        let y = try Self.ramp().view([10, 10])
        #expect(
            Array(try y.sum(dims: [0], keepDim: false).doubles.prefix(3)) == [
                45.100_002_288_818_36, 46.100_006_103_515_625, 47.099_998_474_121_094,
            ])
        #expect(
            Array(try y.sum(dims: [1], keepDim: false).doubles.prefix(3)) == [
                4.599_999_904_632_568, 14.600_000_381_469_727, 24.600_002_288_818_36,
            ])
    }

    @Test func nonAdjacentDimensionsAccumulateOuterSlicesInOrder() throws {
        let values: [Scalar] = (0..<24).map { .float(Double(Float($0) * 0.37)) }
        let z = try Tensor.from(values, shape: [2, 3, 4], dtype: .float32)
        #expect(
            try z.sum(dims: [0, 2], keepDim: false).doubles == [
                22.199_998_855_590_82, 34.040_000_915_527_344, 45.880_001_068_115_234,
            ])
        #expect(Array(try z.sum(dims: [1], keepDim: false).doubles.prefix(2)) == [4.440_000_057_220_459, 5.550_000_190_734_863])
    }
}
