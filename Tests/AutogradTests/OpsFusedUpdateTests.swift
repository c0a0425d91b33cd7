import Testing

@testable import Autograd

/// The optimizers' in-place updates round as ATen's CPU kernels do; the expected bits were printed
/// by PyTorch 2.15 (`float.hex`) for the same float32 inputs.
struct OpsFusedUpdateTests {
    private static let s: [Double] = [0.1, -2.5, 3.3, 1e-3, 7.0]
    private static let a: [Double] = [1.7, 0.3, -0.9, 2.2, -1.1]
    private static let b: [Double] = [0.6, 1.3, 2.9, 0.7, 5.5]

    private func updated(_ update: FusedUpdate, operands: Int) throws -> [Float] {
        let target = try Make.floats(Self.s)
        let inputs = try [Make.floats(Self.a), Make.floats(Self.b)].prefix(operands)
        try target.fusedUpdate(update, Array(inputs))
        return target.doubles.map { Float($0) }
    }

    @Test func addWithAlphaIsOneFusedMultiplyAdd() throws {
        let expected: [Float] = [0x1.753f7ep-1, -0x1.31cacp+1, 0x1.7bc6a8p+1, 0x1.a147bp-1, 0x1.a5f3b6p+2]
        #expect(try updated(.addScaled(alpha: 0.37), operands: 1) == expected)
    }

    @Test func addcmulFusesTheScaledProductIntoTheAdd() throws {
        let expected: [Float] = [0x1.e8db8ep-2, -0x1.2d8794p+1, 0x1.2aca56p+1, 0x1.243fe6p-1, 0x1.30bc6ap+2]
        #expect(try updated(.addcmul(value: 0.37), operands: 2) == expected)
    }

    @Test func addcdivScalesBeforeDividing() throws {
        let expected: [Float] = [-0x1.e58bfp-1, -0x1.4aede2p+1, 0x1.b51912p+1, -0x1.296f78p+0, 0x1.c4bc6ap+2]
        #expect(try updated(.addcdiv(value: -0.37), operands: 2) == expected)
    }

    @Test func lerpTakesItsSmallAndLargeWeightForms() throws {
        let small: [Float] = [0x1.0a3d72p-2, -0x1.1c28f6p+1, 0x1.70a3d6p+1, 0x1.c4673ap-3, 0x1.8c28f6p+2]
        let large: [Float] = [0x1.8a3d7p+0, 0x1.47addep-6, -0x1.eb8518p-2, 0x1.fae7d6p+0, -0x1.28f5b4p-2]
        #expect(try updated(.lerp(weight: 0.1), operands: 1) == small)
        #expect(try updated(.lerp(weight: 0.9), operands: 1) == large)
    }

    @Test func updatesRefuseToRecordHistory() throws {
        let x = try Make.floats([1, 2])
        let y = try Make.floats([3, 4], requiresGrad: true)
        #expect(throws: TorchError.self) { try x.fusedUpdate(.addScaled(alpha: 1), [y]) }
        try GradMode.with(false) { try x.fusedUpdate(.addScaled(alpha: 1), [y]) }
        #expect(x.doubles == [4, 6])
    }

    @Test func updatesBroadcastOperandsAndBumpTheVersion() throws {
        let x = try Make.floats([1, 2, 3, 4], [2, 2])
        let version = x.versionCounter.value
        try x.fusedUpdate(.addcmul(value: 2), [Make.floats([1, 10], [2]), Make.floats([3], [1])])
        #expect(x.doubles == [7, 62, 9, 64])
        #expect(x.versionCounter.value == version + 1)
        let wrong = try Make.floats([1, 2, 3])
        let message = "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1"
        #expect(throws: TorchError.runtime(message)) {
            try x.fusedUpdate(.lerp(weight: 0.5), [wrong])
        }
    }

    @Test func randomBitsDrawAsPyTorchsRandomDoes() throws {
        let generator = Generator(seed: 0)
        let seed = try Tensor(zeros: [], dtype: .int64)
        try seed.fillRandomBits(generator: generator)
        #expect(seed.element(at: 0) == .int(900_450_186_894_289_455))
        let floats = try Tensor(zeros: [3], dtype: .float32)
        try floats.fillRandomBits(generator: generator)
        #expect(floats.doubles == [1_484_222, 2_214_888, 5_157_545])
    }
}
