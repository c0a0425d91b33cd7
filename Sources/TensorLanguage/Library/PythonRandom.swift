import Autograd

/// CPython's `random.Random`: MT19937 seeded with `init_by_array`, `getrandbits` and `_randbelow`
/// exactly as `_randommodule.c` and `random.py` (3.11) do, so seeded sequences match CPython's.
final class PythonRandom {
    private var engine: MT19937
    /// `random.gauss` keeps its second value for the next call.
    var gaussNext: Double?

    init(seed value: UInt64) { engine = MT19937(key: Self.words(of: BigInteger(negative: false, magnitude: value))) }

    /// `init_by_array` with the seed's 32-bit words, least significant first.
    func seed(words key: [UInt32]) {
        engine = MT19937(key: key)
        gaussNext = nil
    }

    /// `random.seed(n)` for an int: its absolute value's words (`[0]` for zero).
    static func words(of value: BigInteger) -> [UInt32] {
        let limbs = value.limbs
        return limbs.isEmpty ? [0] : limbs
    }

    func nextUInt32() -> UInt32 { engine.nextUInt32() }

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
