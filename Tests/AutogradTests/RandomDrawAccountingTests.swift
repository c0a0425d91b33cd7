import Testing

@testable import Autograd

/// How many 32-bit draws each call consumes (spec section 7) and how the normal cache behaves.
struct RandomDrawAccountingTests {
    /// Engine state after `k` raw draws from `seed`.
    static func engine(seed: UInt64, afterDraws k: Int) -> MT19937 {
        let generator = Generator(seed: seed)
        for _ in 0..<k {
            _ = generator.random32()
        }
        return generator.engine
    }

    /// Asserts that `call` leaves the engine exactly `draws` steps ahead.
    static func expectDraws(
        _ draws: Int, seed: UInt64 = 0, sourceLocation: SourceLocation = #_sourceLocation, _ call: (Generator) -> Void
    ) {
        let generator = Generator(seed: seed)
        call(generator)
        #expect(generator.engine == engine(seed: seed, afterDraws: draws), sourceLocation: sourceLocation)
    }

    @Test(arguments: [0, 1, 5, 16, 17, 100, 700])
    func uniformDraws(n: Int) {
        Self.expectDraws(n) { _ = $0.drawUniform(n) }
        Self.expectDraws(2 * n) { _ = $0.drawUniformDouble(n) }
        Self.expectDraws(n) { _ = $0.drawUniform(n, from: -3, to: 9) }
    }

    @Test(arguments: [16, 17, 31, 32, 33, 100, 1000])
    func blockNormalDraws(n: Int) {
        let extra = n % 16 == 0 ? 0 : 1
        Self.expectDraws(n + 16 * extra) { _ = $0.drawNormal(n) }
        Self.expectDraws(2 * n + 32 * extra) { _ = $0.drawNormalDouble(n) }
    }

    @Test func randn17Uses33Draws() {
        Self.expectDraws(33) { _ = $0.drawNormal(17) }
    }

    @Test(arguments: [1, 2, 3, 4, 15])
    func scalarNormalDraws(n: Int) {
        let pairs = (n + 1) / 2
        Self.expectDraws(4 * pairs) { _ = $0.drawNormal(n) }
        Self.expectDraws(4 * pairs) { _ = $0.drawNormalDouble(n) }
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(n)
        #expect((generator.cachedNormal != nil) == (n % 2 == 1))
    }

    @Test func scalarNormalDrawsWithFullCache() {
        // randn(1) leaves the cache full; then n more elements need ⌈(n − 1)/2⌉ pairs.
        for n in 1...6 {
            Self.expectDraws(4 + 4 * (n / 2)) { g in
                _ = g.drawNormal(1)
                _ = g.drawNormal(n)
            }
        }
    }

    @Test func nonContiguousNormalUsesScalarPath() {
        Self.expectDraws(4 * 10) { _ = $0.drawNormal(20, contiguous: false) }
        let scalar = Generator(seed: 0).drawNormal(20, contiguous: false)
        let reference: [Float] = [0x1.8a7eb8p+0, -0x1.2c78ap-2, -0x1.16e292p+1]
        #expect(Array(scalar.prefix(3)) == reference)
        let generator = Generator(seed: 0)
        let wide = generator.drawNormalDouble(16, contiguous: false)
        #expect(wide[0] == 1.5409961082440433)
    }

    @Test func randintDrawWidthSwitchesAt2To28() {
        Self.expectDraws(10) { _ = $0.drawRandint(0, 10, count: 10) }
        Self.expectDraws(10) { _ = $0.drawRandint(0, (1 << 28) - 1, count: 10) }
        Self.expectDraws(20) { _ = $0.drawRandint(0, 1 << 28, count: 10) }
        Self.expectDraws(20) { _ = $0.drawRandint(-(1 << 27), 1 << 27, count: 10) }
    }

    @Test(arguments: [0, 1, 2, 5, 10, 1000])
    func randpermDraws(n: Int) {
        Self.expectDraws(max(n - 1, 0)) { _ = $0.randperm(n) }
    }

    @Test func randpermIsAPermutation() {
        let values = Generator(seed: 9).randperm(1000)
        #expect(values.sorted() == (0..<1000).map { Int64($0) })
    }

    @Test func numelZeroDrawsNothingAndKeepsCache() {
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(1)
        let cached = generator.cachedNormal
        let before = generator.engine
        _ = generator.drawUniform(0)
        _ = generator.drawUniformDouble(0)
        _ = generator.drawNormal(0)
        _ = generator.drawNormalDouble(0)
        _ = generator.drawNormal(0, contiguous: false)
        _ = generator.drawRandint(0, 10, count: 0)
        _ = generator.randperm(0)
        #expect(generator.engine == before)
        #expect(generator.cachedNormal == cached)
    }

    @Test func randnThenRandReadsDraws9To11() {
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(3)
        #expect(generator.drawUniform(3) == [0.45562798, 0.63230628, 0.34889346])
    }

    @Test func randn17ThenRandn5() {
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(17)
        #expect(generator.drawNormal(5) == [0.41535953, 0.64255965, -2.1881402, 0.89201349, 0.74554211])
    }

    // MARK: Normal cache

    @Test func cachedSinIsReturnedWithoutDrawing() {
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(3)
        let before = generator.engine
        #expect(generator.drawNormalDouble(1) == [Generator(seed: 0).drawNormalDouble(4)[3]])
        #expect(generator.engine == before)
        #expect(generator.cachedNormal == nil)
    }

    @Test func cacheIsSharedBetweenDtypes() {
        let generator = Generator(seed: 0)
        #expect(generator.drawNormal(1) == [0x1.8a7eb8p+0])
        #expect(generator.drawNormalDouble(1) == [-0.2934289057609464])
    }

    @Test func cachedValueTakesTheNextCallsMeanAndStd() {
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(1)
        #expect(generator.drawNormalDouble(1, mean: 1.5, std: 0.5) == [(1.5 as Double).addingProduct(-0.2934289057609464, 0.5)])
    }

    @Test func manualSeedClearsCache() {
        let generator = Generator(seed: 0)
        let first = generator.drawNormal(1)
        #expect(generator.cachedNormal != nil)
        generator.manualSeed(0)
        #expect(generator.cachedNormal == nil)
        #expect(generator.drawNormal(1) == first)
    }

    @Test func otherPathsLeaveCacheAlone() {
        let generator = Generator(seed: 0)
        _ = generator.drawNormal(1)
        let cached = generator.cachedNormal
        _ = generator.drawNormal(16)
        _ = generator.drawNormalDouble(20)
        _ = generator.drawUniform(5)
        _ = generator.drawUniformDouble(5)
        _ = generator.drawRandint(0, 10, count: 5)
        _ = generator.randperm(5)
        #expect(generator.cachedNormal == cached)
        let before = generator.engine
        #expect(generator.drawNormalDouble(1) == [-0.2934289057609464])
        #expect(generator.engine == before)
    }
}
