/// CPython's `random.Random`: MT19937 seeded with `init_by_array`, `getrandbits` and `_randbelow`
/// exactly as `_randommodule.c` and `random.py` (3.11) do, so seeded sequences match CPython's.
final class PythonRandom {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 625
    /// `random.gauss` keeps its second value for the next call.
    var gaussNext: Double?

    init(seed value: UInt64) { seed(words: Self.words(of: BigInteger(negative: false, magnitude: value))) }

    /// `init_genrand`.
    private func initialize(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// `init_by_array` with the seed's 32-bit words, least significant first.
    func seed(words key: [UInt32]) {
        initialize(19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(624, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 {
                state[0] = state[623]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= 624 {
                state[0] = state[623]
                i = 1
            }
        }
        state[0] = 0x8000_0000
        gaussNext = nil
    }

    /// `random.seed(n)` for an int: its absolute value's words (`[0]` for zero).
    static func words(of value: BigInteger) -> [UInt32] {
        let limbs = value.limbs
        return limbs.isEmpty ? [0] : limbs
    }

    func nextUInt32() -> UInt32 {
        if index >= 624 { regenerate() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private func regenerate() {
        for k in 0..<624 {
            let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7FFF_FFFF)
            state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        index = 0
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    func random() -> Double {
        let a = nextUInt32() >> 5
        let b = nextUInt32() >> 6
        return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: the words are drawn least significant first, the last one truncated.
    func randomBits(_ k: Int) -> BigInteger {
        if k <= 32 { return BigInteger(negative: false, magnitude: UInt64(k == 0 ? 0 : nextUInt32() >> (32 - k))) }
        var words: [UInt32] = []
        var remaining = k
        while remaining > 0 {
            var r = nextUInt32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            words.append(r)
            remaining -= 32
        }
        return BigInteger(negative: false, limbs: words)
    }

    /// `_randbelow_with_getrandbits(n)` for n > 0.
    func below(_ n: BigInteger) -> BigInteger {
        let k = n.bitWidth
        var r = randomBits(k)
        while r.compare(n) >= 0 { r = randomBits(k) }
        return r
    }

    func below(_ n: Int) -> Int {
        let r = below(BigInteger(n))
        return Int(exactly: r.magnitude64 ?? 0) ?? 0
    }
}
