/// SLEEF's single-precision `expf_u10`, `logf_u1` and `log1pf`, one lane at a time, as ATen's
/// AVX2 `Vectorized<float>::exp()`, `log()` and `log1p()` evaluate them (fused multiply-adds
/// throughout), so softmax, log-softmax and the losses match PyTorch to the bit. In the AVX2 build
/// each `addingProduct` is one instruction; in the baseline build, a call to the C library's `fma`.
public enum SLEEF {
    /// SLEEF's `expf` (u10): `2^q * p(s)` with `s = x - q ln 2` split in two parts.
    public static func expf(_ d: Float) -> Float {
        if d.isNaN { return d }
        if d > 100 { return .infinity }
        if d < -104 { return 0 }
        let q = Int((d * 1.442_695_040_888_963_4 as Float).rounded(.toNearestOrEven))
        let qf = Float(q)
        var s = d.addingProduct(qf, -0.693_145_751_953_125)
        s = s.addingProduct(qf, -1.428_606_765_330_187_045e-06)
        var u: Float = 0.000_198_527_617_612_853_646_278_381
        for c: Float in [
            0.001_393_043_552_525_341_510_772_71, 0.008_333_360_776_305_198_669_433_59,
            0.041_666_485_369_205_474_853_515_6, 0.166_666_671_633_720_397_949_219, 0.5,
        ] {
            u = c.addingProduct(u, s)
        }
        u = 1 + s.addingProduct(s * s, u)
        return scaled(u, byPowerOfTwo: q)
    }

    /// `u * 2^q` as SLEEF's `vldexp2` computes it (two exact power-of-two factors).
    private static func scaled(_ u: Float, byPowerOfTwo q: Int) -> Float {
        let half = q >> 1
        return u * Float(sign: .plus, exponent: half, significand: 1)
            * Float(sign: .plus, exponent: q - half, significand: 1)
    }

    /// SLEEF's `logf_u1`: the mantissa's `atanh` series evaluated in double-float arithmetic.
    public static func logf(_ input: Float) -> Float {
        if input.isNaN || input < 0 { return .nan }
        if input == 0 { return -.infinity }
        if input == .infinity { return .infinity }
        let tiny = input < .leastNormalMagnitude
        let d = tiny ? input * 18_446_744_073_709_551_616 : input
        var e = exponentIndex(d)
        let m = Float(bitPattern: UInt32(truncatingIfNeeded: Int(d.bitPattern) - (e << 23)))
        if tiny { e -= 64 }
        return logSeries(DoubleFloat.sum(-1, m).divided(by: .sum(1, m)), exponent: e)
    }

    /// SLEEF's `log1pf`: the same series around a mantissa taken without rounding `1 + x`.
    public static func log1pf(_ d: Float) -> Float {
        if d.isNaN || d < -1 { return .nan }
        if d == -1 { return -.infinity }
        if d > 1e38 { return .infinity }
        if d == 0 && d.sign == .minus { return d }
        var onePlus = d + 1
        let tiny = onePlus < .leastNormalMagnitude
        if tiny { onePlus *= 18_446_744_073_709_551_616 }
        var e = exponentIndex(onePlus)
        let t = Float(bitPattern: UInt32(truncatingIfNeeded: Int(Float(1).bitPattern) - (e << 23)))
        let m = (t - 1).addingProduct(d, t)
        if tiny { e -= 64 }
        let denominator = DoubleFloat(2 + m, (2 - (2 + m)) + m)
        return logSeries(DoubleFloat(m, 0).divided(by: denominator), exponent: e)
    }

    /// The exponent that brings `d` into [0.75, 1.5) (`vilogb2k` of `d / 0.75`).
    private static func exponentIndex(_ d: Float) -> Int {
        Int((d * (1 / 0.75 as Float)).bitPattern >> 23 & 0xff) - 0x7f
    }

    /// `e ln 2 + 2 atanh(x)`, the tail of SLEEF's single-precision logarithms.
    private static func logSeries(_ x: DoubleFloat, exponent e: Int) -> Float {
        var s = DoubleFloat(0.693_147_182_464_599_609_38, -1.904_654_323_148_236_017e-09).times(Float(e))
        let x2 = x.high * x.high
        var t: Float = 0.302_729_487_4
        t = Float(0.399_610_817_4).addingProduct(t, x2)
        t = Float(0.666_669_488_0).addingProduct(t, x2)
        s = s.plus(DoubleFloat(x.high * 2, x.low * 2))
        s = s.plus(x2 * x.high * t)
        return s.high + s.low
    }
}

/// An unevaluated sum `high + low` of two floats (SLEEF's `vfloat2`), with FMA-based operations.
struct DoubleFloat {
    var high: Float
    var low: Float

    init(_ high: Float, _ low: Float) {
        self.high = high
        self.low = low
    }

    /// `dfadd2_vf2_vf_vf`: the exact sum of two floats.
    static func sum(_ x: Float, _ y: Float) -> DoubleFloat {
        let r = x + y
        let v = r - x
        return DoubleFloat(r, (x - (r - v)) + (y - v))
    }

    /// `dfmul_vf2_vf2_vf`.
    func times(_ y: Float) -> DoubleFloat {
        let r = high * y
        return DoubleFloat(r, (-r).addingProduct(high, y).addingProduct(low, y))
    }

    /// `dfdiv_vf2_vf2_vf2`.
    func divided(by d: DoubleFloat) -> DoubleFloat {
        let t = 1 / d.high
        let q = high * t
        let u = (-q).addingProduct(t, high)
        var correction = Float(1).addingProduct(-d.high, t)
        correction = correction.addingProduct(-d.low, t)
        return DoubleFloat(q, u.addingProduct(low, t).addingProduct(q, correction))
    }

    /// `dfadd_vf2_vf2_vf2` (`|self| >= |other|`).
    func plus(_ other: DoubleFloat) -> DoubleFloat {
        let r = high + other.high
        return DoubleFloat(r, (high - r) + other.high + low + other.low)
    }

    /// `dfadd_vf2_vf2_vf` (`|self| >= |y|`).
    func plus(_ y: Float) -> DoubleFloat {
        let r = high + y
        return DoubleFloat(r, (high - r) + y + low)
    }
}
