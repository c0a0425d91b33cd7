/// `exp` of float32 values with the bits of glibc's `expf` as x86-64 glibc runs it on an AVX2
/// machine (`__expf_fma`, glibc 2.28 and later), eight values at a time.
///
/// PyTorch's CPU `exp` on float32 calls MKL's `vsExp` (the wheels are built with MKL), whose
/// algorithm is not published; glibc's `expf` agrees with it on about 99% of inputs, more than any
/// published algorithm tried (SLEEF's `expf_u10`, which ATen's own vectorised fallback uses,
/// agrees on about 91%). The algorithm: `x · 32/ln 2 = k + r` with `|r| ≤ 1/2`, then
/// `exp(x) = 2^(k/32) · 2^(r/32)`, the first factor from a 32-entry table, the second a cubic in
/// `r`, all in double precision with the fused multiply-adds `__expf_fma` uses, rounded once to
/// float at the end. Inputs with `|x| ≥ 88` take glibc's special-case checks one at a time.
public enum Exponential {
    /// Writes `exp(src[i])` to `dst[i]` for `i < count` (the two may be the same memory).
    @inline(never)
    public static func expf(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, count: Int) {
        table.withUnsafeBufferPointer { t in
            guard let table = t.baseAddress else { return }
            var i = 0
            while i + 8 <= count {
                let x = UnsafeRawPointer(src + i).loadUnaligned(as: SIMD8<Float>.self)
                var y = SIMD8<Float>(lowHalf: core(x.lowHalf, table), highHalf: core(x.highHalf, table))
                if needsSpecialCase(x) {
                    for lane in 0..<8 where x[lane].bitPattern >> 20 & 0x7ff >= 0x42b { y[lane] = expf(x[lane]) }
                }
                UnsafeMutableRawPointer(dst + i).storeBytes(of: y, as: SIMD8<Float>.self)
                i += 8
            }
            while i < count {
                dst[i] = expf(src[i])
                i += 1
            }
        }
    }

    /// `expf(x)` for one value, with glibc's handling of overflow, underflow, infinities and NaN.
    public static func expf(_ x: Float) -> Float {
        let bits = x.bitPattern
        let top = bits >> 20 & 0x7ff
        if top >= 0x42b {
            if bits == 0xff80_0000 { return 0 }
            if top >= 0x7f8 { return x + x }
            if x > Float(bitPattern: 0x42b1_7217) { return .infinity }
            if x < Float(bitPattern: 0xc2cf_f1b4) { return 0 }
            // glibc's `__math_may_uflowf`: 0x1.4p-75f squared, which rounds to the least subnormal.
            if x < Float(bitPattern: 0xc2ce_8ecf) { return Float(bitPattern: 1) }
        }
        let xd = Double(x)
        let shifted = shift.addingProduct(invLn2N, xd)
        let ki = shifted.bitPattern
        let kd = shifted - shift
        let r = (-kd).addingProduct(invLn2N, xd)
        let s = Double(bitPattern: table[Int(ki & 31)] &+ (ki &<< 47))
        let z = c1.addingProduct(r, c0)
        let y = (1 as Double).addingProduct(r, c2).addingProduct(z, r * r)
        return Float(y * s)
    }

    /// Whether any lane has `|x| ≥ 88` or is not finite: its exponent field, at least `0x42b`, carries
    /// into bit 11 when `0x3d5` is added. (Integer arithmetic, because a lane-wise `.>=` compiles
    /// to a store per lane.)
    @inline(__always)
    static func needsSpecialCase(_ x: SIMD8<Float>) -> Bool {
        let carries = (unsafeBitCast(x, to: SIMD8<UInt32>.self) &>> 20 & 0x7ff &+ 0x3d5) & 0x800
        let words = unsafeBitCast(carries, to: SIMD4<UInt64>.self)
        return words[0] | words[1] | words[2] | words[3] != 0
    }

    /// The main path for four lanes (valid where `|x| < 88`).
    @inline(__always)
    static func core(_ x: SIMD4<Float>, _ table: UnsafePointer<UInt64>) -> SIMD4<Float> {
        let xd = SIMD4<Double>(x)
        let shifted = SIMD4(repeating: shift).addingProduct(SIMD4(repeating: invLn2N), xd)
        let ki = unsafeBitCast(shifted, to: SIMD4<UInt64>.self)
        let kd = shifted - shift
        let r = (-kd).addingProduct(SIMD4(repeating: invLn2N), xd)
        let index = ki & 31
        let entries = SIMD4(table[Int(index[0])], table[Int(index[1])], table[Int(index[2])], table[Int(index[3])])
        let s = unsafeBitCast(entries &+ (ki &<< 47), to: SIMD4<Double>.self)
        let z = SIMD4(repeating: c1).addingProduct(r, SIMD4(repeating: c0))
        let y = SIMD4<Double>(repeating: 1).addingProduct(r, SIMD4(repeating: c2)).addingProduct(z, r * r)
        return SIMD4<Float>(y * s)
    }

    /// `32 / ln 2`, the rounding shift `0x1.8p52`, and the cubic's coefficients scaled for `r`
    /// (`__exp2f_data.invln2_scaled`, `shift`, `poly_scaled`).
    static let invLn2N = Double(bitPattern: 0x4047_1547_652b_82fe)
    static let shift = Double(bitPattern: 0x4338_0000_0000_0000)
    static let c0 = Double(bitPattern: 0x3ebc_6af8_4b91_2394)
    static let c1 = Double(bitPattern: 0x3f2e_bfce_50fa_c4f3)
    static let c2 = Double(bitPattern: 0x3f96_2e42_ff0c_52d6)

    /// `__exp2f_data.tab`: the bits of `2^(i/32)` minus `i << 47`, so adding `k << 47` scales by `2^(k/32)`.
    static let table: [UInt64] = [
        0x3ff0_0000_0000_0000, 0x3fef_d9b0_d315_8574, 0x3fef_b558_6cf9_890f, 0x3fef_9301_d012_5b51,
        0x3fef_72b8_3c7d_517b, 0x3fef_5487_3168_b9aa, 0x3fef_387a_6e75_6238, 0x3fef_1e9d_f51f_dee1,
        0x3fef_06fe_0a31_b715, 0x3fee_f1a7_373a_a9cb, 0x3fee_dea6_4c12_3422, 0x3fee_ce08_6061_892d,
        0x3fee_bfda_d536_2a27, 0x3fee_b42b_569d_4f82, 0x3fee_ab07_dd48_5429, 0x3fee_a47e_b03a_5585,
        0x3fee_a09e_667f_3bcd, 0x3fee_9f75_e8ec_5f74, 0x3fee_a114_73eb_0187, 0x3fee_a589_994c_ce13,
        0x3fee_ace5_422a_a0db, 0x3fee_b737_b0cd_c5e5, 0x3fee_c491_82a3_f090, 0x3fee_d503_b23e_255d,
        0x3fee_e89f_995a_d3ad, 0x3fee_ff76_f2fb_5e47, 0x3fef_199b_dd85_529c, 0x3fef_3720_dcef_9069,
        0x3fef_5818_dcfb_a487, 0x3fef_7c97_337b_9b5f, 0x3fef_a4af_a2a4_90da, 0x3fef_d076_5b6e_4540,
    ]
}
