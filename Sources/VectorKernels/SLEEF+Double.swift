/// SLEEF's double-precision `exp` (u10) and `log` (u1), one lane at a time, as ATen's
/// `Vectorized<double>::exp()` and `log()` evaluate them (`Sleef_expd4_u10`/`Sleef_expd8_u10`,
/// `Sleef_logd4_u10`/`Sleef_logd8_u10`: the same operations in every build, fused multiply-adds
/// throughout), for the softmax family's double kernels.
extension SLEEF {
    /// SLEEF's `exp`: `2^q * p(s)` with `s = x - q ln 2` in two parts and `p` evaluated by Estrin's scheme.
    public static func exp(_ d: Double) -> Double {
        if d.isNaN { return d }
        if d > 0x1.62e42fefa39efp+9 { return .infinity }
        if d < -1000 { return 0 }
        let u = (d * 1.442_695_040_888_963_407_359_924_681_001_892_137_4).rounded(.toNearestOrEven)
        let q = Int(u)
        var s = d.addingProduct(u, -0.693_147_180_559_662_956_511_601_805_686_950_683_593_75)
        s = s.addingProduct(u, -0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12)
        let s2 = s * s
        let s4 = s2 * s2
        let s8 = s4 * s4
        let high = Double(0.251_121_070_304_228_802_2e-7).addingProduct(s, 0.208_127_637_823_716_445_7e-8)
        let c7c4 = Double(0.198_412_698_985_586_585_0e-3).addingProduct(s, 0.248_015_868_747_968_626_4e-4)
            .addingProduct(s2, Double(0.275_572_340_202_538_823_9e-5).addingProduct(s, 0.275_576_262_816_949_119_2e-6))
        let c3c0 = Double(0.166_666_666_666_666_907_2).addingProduct(s, 0.416_666_666_666_660_259_8e-1)
            .addingProduct(s2, Double(0.833_333_333_331_493_821_0e-2).addingProduct(s, 0.138_888_888_891_449_779_7e-2))
        var p = c3c0.addingProduct(s4, c7c4).addingProduct(s8, high)
        p = Double(0.5).addingProduct(p, s)
        p = Double(1).addingProduct(p, s)
        p = Double(1).addingProduct(p, s)
        let half = q >> 1
        return p * Double(sign: .plus, exponent: half, significand: 1) * Double(sign: .plus, exponent: q - half, significand: 1)
    }

    /// SLEEF's `log_u1`: `e ln 2 + 2 atanh((m - 1) / (m + 1))` in double-double arithmetic.
    public static func log(_ input: Double) -> Double {
        if input.isNaN || input < 0 { return .nan }
        if input == 0 { return -.infinity }
        if input == .infinity { return .infinity }
        let tiny = input < .leastNormalMagnitude
        let d = tiny ? input * 18_446_744_073_709_551_616 : input
        var e = Int((d * (1 / 0.75 as Double)).bitPattern >> 52 & 0x7ff) - 0x3ff
        let m = Double(bitPattern: UInt64(truncatingIfNeeded: Int64(bitPattern: d.bitPattern) - (Int64(e) << 52)))
        if tiny { e -= 64 }
        let x = DoubleDouble.sum(-1, m).divided(by: .sum(1, m))
        let x2 = x.high * x.high
        let x4 = x2 * x2
        let x8 = x4 * x4
        let c6c4 = Double(0.181_860_593_293_778_599_6).addingProduct(x2, 0.152_562_905_100_342_871_6)
            .addingProduct(x4, 0.153_207_698_850_270_135_3)
        let c3c0 = Double(0.666_666_666_666_733_354_1).addingProduct(x2, 0.399_999_999_963_525_199_0)
            .addingProduct(x4, Double(0.285_714_293_279_429_931_7).addingProduct(x2, 0.222_221_451_983_938_000_9))
        let t = c3c0.addingProduct(x8, c6c4)
        var s = DoubleDouble(0.693_147_180_559_945_286_226_764, 2.319_046_813_846_299_558_417_771e-17).times(Double(e))
        s = s.plus(DoubleDouble(x.high * 2, x.low * 2))
        s = s.plus(x2 * x.high * t)
        return s.high + s.low
    }
}

/// An unevaluated sum `high + low` of two doubles (SLEEF's `vdouble2`), with FMA-based operations.
struct DoubleDouble {
    var high: Double
    var low: Double

    init(_ high: Double, _ low: Double) {
        self.high = high
        self.low = low
    }

    /// `ddadd2_vd2_vd_vd`: the exact sum of two doubles.
    static func sum(_ x: Double, _ y: Double) -> DoubleDouble {
        let r = x + y
        let v = r - x
        return DoubleDouble(r, (x - (r - v)) + (y - v))
    }

    /// `ddmul_vd2_vd2_vd`.
    func times(_ y: Double) -> DoubleDouble {
        let r = high * y
        return DoubleDouble(r, (-r).addingProduct(high, y).addingProduct(low, y))
    }

    /// `dddiv_vd2_vd2_vd2`.
    func divided(by d: DoubleDouble) -> DoubleDouble {
        let t = 1 / d.high
        let q = high * t
        let u = (-q).addingProduct(t, high)
        var correction = Double(1).addingProduct(-d.high, t)
        correction = correction.addingProduct(-d.low, t)
        return DoubleDouble(q, u.addingProduct(low, t).addingProduct(q, correction))
    }

    /// `ddadd_vd2_vd2_vd2` (`|self| >= |other|`).
    func plus(_ other: DoubleDouble) -> DoubleDouble {
        let r = high + other.high
        return DoubleDouble(r, (high - r) + other.high + low + other.low)
    }

    /// `ddadd_vd2_vd2_vd` (`|self| >= |y|`).
    func plus(_ y: Double) -> DoubleDouble {
        let r = high + y
        return DoubleDouble(r, (high - r) + y + low)
    }
}
