/// The float math of ATen's vectorized CPU kernels, reproduced so results match PyTorch to the bit.
///
/// PyTorch's AVX2 build evaluates `Vectorized<float>::exp()` and `log()` with SLEEF's 1-ulp
/// algorithms (fused multiply-adds throughout), and reduces a row with 8 float (4 double) lanes
/// folded by a fixed shuffle tree. Double precision uses the C library: only its last bit may differ.
enum VectorMath {
    /// Elements per AVX2 register.
    static func width<T: FloatElement>(_: T.Type) -> Int { 32 / MemoryLayout<T>.size }

    /// `Vectorized<T>::exp()`.
    @inline(__always)
    static func exp<T: FloatElement>(_ x: T) -> T {
        guard T.self == Float.self else { return T.exp(x) }
        return unsafeBitCast(expFloat(unsafeBitCast(x, to: Float.self)), to: T.self)
    }

    /// `Vectorized<T>::log()`.
    @inline(__always)
    static func log<T: FloatElement>(_ x: T) -> T {
        guard T.self == Float.self else { return T.log(x) }
        return unsafeBitCast(logFloat(unsafeBitCast(x, to: Float.self)), to: T.self)
    }

    /// `Vectorized<T>::log1p()`.
    @inline(__always)
    static func log1p<T: FloatElement>(_ x: T) -> T {
        guard T.self == Float.self else { return T.log1p(x) }
        return unsafeBitCast(logOnePlusFloat(unsafeBitCast(x, to: Float.self)), to: T.self)
    }

    /// `vec::reduce_all` with `+`: lane-wise sums of whole registers, the ragged tail folded into
    /// the first lanes, then the register folded in halves (a plain running sum below one register).
    static func laneSum<T: FloatElement>(_ values: [T]) -> T {
        let w = width(T.self)
        guard values.count >= w else {
            guard var total = values.first else { return 0 }
            for v in values.dropFirst() { total += v }
            return total
        }
        var lanes = Array(values[0..<w])
        var d = w
        while d + w <= values.count {
            for l in 0..<w { lanes[l] += values[d + l] }
            d += w
        }
        for l in 0..<(values.count - d) { lanes[l] += values[d + l] }
        var span = w / 2
        while span >= 1 {
            for l in 0..<span { lanes[l] += lanes[l + span] }
            span /= 2
        }
        return lanes[0]
    }

    /// SLEEF's `expf` (u10): `2^q * p(s)` with `s = x - q ln 2` split in two parts.
    static func expFloat(_ d: Float) -> Float {
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
    static func logFloat(_ input: Float) -> Float {
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
    static func logOnePlusFloat(_ d: Float) -> Float {
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
