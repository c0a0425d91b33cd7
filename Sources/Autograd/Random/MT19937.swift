/// The 32-bit Mersenne Twister engine exactly as PyTorch's CPU generator runs it.
///
/// PyTorch keeps `left`/`next` counters instead of a single index, and seeding
/// sets `left = 1` so the first draw regenerates the whole block; both details
/// are kept so the state evolves identically.
struct MT19937: Equatable {
    static let stateSize = 624
    static let shift = 397
    static let matrixA: UInt32 = 0x9908_B0DF
    static let upperMask: UInt32 = 0x8000_0000
    static let lowerMask: UInt32 = 0x7FFF_FFFF

    private(set) var state: [UInt32]
    private(set) var left: Int
    private(set) var next: Int

    /// Seeds with classic `init_genrand`, from the low 32 bits of `seed`.
    init(seed: UInt64) {
        var words = [UInt32](repeating: 0, count: Self.stateSize)
        words[0] = UInt32(truncatingIfNeeded: seed)
        for i in 1..<Self.stateSize {
            let previous = words[i - 1]
            words[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        state = words
        left = 1
        next = 0
    }

    /// One tempered 32-bit output.
    mutating func nextUInt32() -> UInt32 {
        left -= 1
        if left == 0 {
            regenerate()
            left = Self.stateSize
            next = 0
        }
        var y = state[next]
        next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// Rebuilds all 624 words in place; words below `k` are already new when `k` is read.
    private mutating func regenerate() {
        let n = Self.stateSize
        state.withUnsafeMutableBufferPointer { s in
            for k in 0..<n {
                let following = s[(k + 1) % n]
                let mix = (s[k] & Self.upperMask) | (following & Self.lowerMask)
                let twist = (following & 1) != 0 ? Self.matrixA : 0
                s[k] = s[(k + Self.shift) % n] ^ (mix >> 1) ^ twist
            }
        }
    }
}
