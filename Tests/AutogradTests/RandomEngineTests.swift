import Testing

@testable import Autograd

/// MT19937 seeding, raw draws, and the worked examples of the spec (section 9).
struct RandomEngineTests {
    @Test func mt19937StandardTestVector() {
        let generator = Generator(seed: 5489)
        #expect(generator.random32() == 3_499_211_612)
    }

    @Test func seedingFillsStateWithInitGenrand() {
        #expect(Array(MT19937(seed: 0).state.prefix(3)) == [0, 1, 1_812_433_255])
        #expect(Array(MT19937(seed: 42).state.prefix(3)) == [42, 3_107_752_595, 1_895_908_407])
    }

    @Test(arguments: [
        (
            UInt64(0),
            [0x8C7F_0AAC, 0x97C4_AA2F, 0xB716_A675, 0xD821_CCC0, 0x9A4E_B343, 0xDBA2_52FB, 0x8B7D_76C3, 0xD8E5_7D67] as [UInt32]
        ),
        (
            UInt64(42),
            [0x5FE1_DC66, 0xCBEA_3DB3, 0xF362_035C, 0x2EF5_950E, 0xBB63_F46A, 0xC799_D447, 0x9941_AEBC, 0x98CB_2C14] as [UInt32]
        ),
    ])
    func firstRawDraws(seed: UInt64, expected: [UInt32]) {
        let generator = Generator(seed: seed)
        #expect((0..<8).map { _ in generator.random32() } == expected)
    }

    @Test func random64TakesFirstDrawAsHighWord() {
        #expect(Generator(seed: 0).random64() == 0x8C7F_0AAC_97C4_AA2F)
    }

    @Test func onlyLow32BitsOfSeedMatter() {
        let a = Generator(seed: 0)
        let b = Generator(seed: 1 << 32)
        #expect((0..<700).map { _ in a.random32() } == (0..<700).map { _ in b.random32() })
        #expect(b.initialSeed == 1 << 32)
    }

    @Test func initialSeedReportsFullSeed() {
        let generator = Generator(seed: UInt64.max)
        #expect(generator.initialSeed == 18_446_744_073_709_551_615)
        generator.manualSeed(7)
        #expect(generator.initialSeed == 7)
    }

    @Test func manualSeedRestartsTheStream() {
        let generator = Generator(seed: 3)
        let first = generator.drawUniform(1000)
        generator.manualSeed(3)
        #expect(bitPatterns(generator.drawUniform(1000)) == bitPatterns(first))
    }

    @Test func nondeterministicSeedsDiffer() {
        let seeds = Set((0..<4).map { _ in Generator.nondeterministicSeed() })
        #expect(seeds.count > 1)
    }

    // MARK: Worked examples

    @Test func randSeed0And42() {
        #expect(Generator(seed: 0).drawUniform(3) == [0x1.fc2abp-2, 0x1.89545ep-1, 0x1.6a675p-4])
        #expect(
            Generator(seed: 42).drawUniform(3) == [
                Float(0xE1DC66) * 0x1p-24, Float(0xEA3DB3) * 0x1p-24, Float(0x62035C) * 0x1p-24,
            ])
        #expect(Generator(seed: 42).drawUniform(1)[0] == 0.88226926)
    }

    @Test func randFloat64UsesLow53Bits() {
        #expect(Generator(seed: 0).drawUniformDouble(2) == [0x1.f0aac97c4aa2fp-1, 0x1.6a675d821ccc0p-1])
        #expect(Generator(seed: 0).drawUniformDouble(2) == [0.9700530018065531, 0.707819864399788])
    }

    @Test func scalarNormalSeed0() {
        #expect(Generator(seed: 0).drawNormal(3) == [0x1.8a7eb8p+0, -0x1.2c78ap-2, -0x1.16e292p+1])
        #expect(Generator(seed: 0).drawNormalDouble(2) == [1.5409961082440433, -0.2934289057609464])
    }

    @Test func float32BlockSeed0Randn16() {
        let expected: [UInt32] = [
            0xBF90_1B85, 0xBF93_808A, 0xBE80_4BD6, 0xBEDE_255D, 0x3F59_4515, 0x3F31_2783, 0xBEA1_CC6D, 0xC007_5FC1,
            0x3EA5_0138, 0xBFA1_B4F4, 0x3EB3_30FF, 0x3E9D_C3BB, 0x3DF5_6F77, 0x3F9E_6B93, 0x3F8E_F28E, 0xBE7D_367C,
        ]
        #expect(bitPatterns(Generator(seed: 0).drawNormal(16)) == expected)
    }

    @Test func float32BlockSeed42Randn16() {
        let values = Generator(seed: 42).drawNormal(16)
        #expect(values.prefix(4) == [1.9269153, 1.4872841, 0.9007172, -2.1055210])
    }

    @Test func float32BlockLane0Trace() {
        #expect(AVXMath.log(Float(bitPattern: 0x3F00_F554)).bitPattern == 0xBF2F_8944)
        let (sine, cosine) = AVXMath.sincos(Float(bitPattern: 0x4037_3809))
        #expect(sine.bitPattern == 0x3E8C_E6FE)
        #expect(cosine.bitPattern == 0xBF76_1D76)
        let u1 = 1 - Float(bitPattern: 0x3EFE_1558)
        #expect(u1.bitPattern == 0x3F00_F554)
        #expect((-2 * AVXMath.log(u1)).squareRoot().bitPattern == 0x3F95_E539)
    }

    @Test func raggedFloat32BlockRedrawsTail() {
        let values = Generator(seed: 0).drawNormal(17)
        #expect(values[0] == -0x1.20370ap+0)
        #expect(values[0] == -1.1258398)
        #expect(values[1] == -1.6959312)
        #expect(values[16] == 0.93182659)
    }

    @Test func float64BlockSeed0() {
        let values = Generator(seed: 0).drawNormalDouble(16)
        #expect(values[0] == -2.310411800234176)
        #expect(values[1] == -0.3732508612577643)
        #expect(values[8] == -1.2956271403277857)
    }

    @Test func randintExamples() {
        #expect(Generator(seed: 0).drawRandint(0, 10, count: 3) == [4, 9, 3])
        #expect(Generator(seed: 0).drawRandint(-5, 1000, count: 3) == [999, 334, 768])
        #expect(Generator(seed: 0).drawRandint(0, 1 << 40, count: 1) == [741_280_623_151])
    }

    @Test func randintFullInt64Range() {
        let values = Generator(seed: 0).drawRandint(Int64.min, Int64.max, count: 1)
        let range = UInt64.max
        #expect(values == [Int64(bitPattern: (0x8C7F_0AAC_97C4_AA2F % range) &+ UInt64(bitPattern: Int64.min))])
    }

    @Test func randpermExamples() {
        #expect(Generator(seed: 0).randperm(5) == [4, 0, 1, 3, 2])
        #expect(Generator(seed: 0).randperm(10) == [4, 1, 7, 5, 3, 9, 0, 8, 6, 2])
        #expect(Generator(seed: 0).randperm(0) == [])
        #expect(Generator(seed: 0).randperm(1) == [0])
    }

    @Test func uniformUsesFusedStep() {
        let values = Generator(seed: 0).drawUniform(6, from: -2, to: 3)
        #expect(values[4] == -0x1.d9fec4p-2)
        #expect(values[4] != -0x1.d9fecp-2)
    }

    @Test func uniformUpperBoundBecomesLowerBound() {
        let top = Float(0xFF_FFFF) * 0x1p-24
        #expect(Generator.scaleUniform(top, from: Float(1), to: 2, width: 1) == 1)
        #expect(Generator.scaleUniform(top, from: Float(0), to: 1, width: 1) == top)
        let topDouble = Double((1 << 53) - 1) * 0x1p-53
        #expect(Generator.scaleUniform(topDouble, from: 1.0, to: 2.0, width: 1.0) == 1)
    }

    @Test func uniformFromToRoundedToFloat32First() {
        let a = Generator(seed: 5).drawUniform(50, from: 0.1, to: 0.7)
        let b = Generator(seed: 5).drawUniform(50, from: Double(Float(0.1)), to: Double(Float(0.7)))
        #expect(bitPatterns(a) == bitPatterns(b))
    }

    @Test func scalarNormalWithMeanAndStd() {
        let values = Generator(seed: 0).drawNormal(6, mean: 1.5, std: 0.5)
        #expect(values.prefix(3) == [2.2704980, 1.3532856, 0.41060531])
        let z = Generator(seed: 0).drawNormalDouble(1)[0]
        #expect(values[0] == Float((1.5 as Double).addingProduct(z, 0.5)))
    }
}

/// `*_like` keeps a dense input's layout, so draws fill memory in the same order as PyTorch.
@Suite(.serialized)
struct RandomLikeLayoutTests {
    @Test func randLikeOfTransposedTensorFillsStorageOrder() throws {
        let base = try Tensor(zeros: [2, 3], dtype: .float32)
        let transposed = Tensor(storage: base.storage, shape: [3, 2], strides: [1, 3], dtype: .float32)
        let generator = Generator(seed: 1)
        DefaultGenerator.shared = generator
        let like = try Tensor.randLike(transposed, dtype: .float32)
        #expect(like.strides == [1, 3])
        let reference = Generator(seed: 1)
        var expected = [Float](repeating: 0, count: 6)
        try expected.withUnsafeMutableBufferPointer { try reference.fillUniform($0, from: 0, to: 1) }
        let storageOrder = (0..<6).map { Double(like.pointer(Float.self)[$0]) }
        #expect(storageOrder == expected.map(Double.init))
    }
}
