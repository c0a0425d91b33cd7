/// The 32-bit Mersenne Twister engine exactly as PyTorch's CPU generator runs it.
///
/// PyTorch keeps `left`/`next` counters instead of a single index, and seeding
/// sets `left = 1` so the first draw regenerates the whole block; both details
/// are kept so the state evolves identically.
/// CPython's `random` module runs the same engine, seeded with `init_by_array` (`init(key:)`).
public struct MT19937: Equatable, Sendable {
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
        state = Self.initialState(UInt32(truncatingIfNeeded: seed))
        left = 1
        next = 0
    }

    /// Seeds with `init_by_array`, as CPython's `random.seed` does: the key's 32-bit words, least
    /// significant first (at least one).
    public init(key: [UInt32]) {
        let n = Self.stateSize
        var s = Self.initialState(19_650_218)
        let key = key.isEmpty ? [0] : key
        var (i, j) = (1, 0)
        for _ in 0..<max(n, key.count) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            (i, j) = (i + 1, j + 1 < key.count ? j + 1 : 0)
            if i >= n { (s[0], i) = (s[n - 1], 1) }
        }
        for _ in 0..<(n - 1) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { (s[0], i) = (s[n - 1], 1) }
        }
        s[0] = Self.upperMask
        (state, left, next) = (s, 1, 0)
    }

    /// `init_genrand`'s state for a 32-bit seed.
    private static func initialState(_ seed: UInt32) -> [UInt32] {
        var words = [UInt32](repeating: 0, count: stateSize)
        words[0] = seed
        for i in 1..<stateSize {
            let previous = words[i - 1]
            words[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        return words
    }

    /// One tempered 32-bit output.
    public mutating func nextUInt32() -> UInt32 {
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
