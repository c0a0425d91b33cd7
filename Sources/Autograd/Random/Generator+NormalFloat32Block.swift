/// The float32 normal block path, reproducing PyTorch's AVX2 kernel lane by lane.
///
/// The kernel uses Cephes-style polynomial log and sincos, not the C library,
/// and the compiler fused a fixed set of multiply/add pairs. Each fused pair is
/// written as `addingProduct` (one rounding); every other step rounds on its own.
/// Changing either would change the last bit of many outputs.
extension Generator {
    /// Fills with float32 uniforms, transforms full blocks of 16, then redraws the last 16 if ragged.
    func fillNormalBlocksFloat(_ buffer: UnsafeMutableBufferPointer<Float>, mean: Float, std: Float) throws {
        let n = buffer.count
        let block = Self.normalBlock
        try Interruption.chunked(n) {
            for i in $0 { buffer[i] = uniformFloat() }
        }
        try Interruption.chunked(n / block) {
            for b in $0 { Self.transformBlockFloat(buffer, start: b * block, mean: mean, std: std) }
        }
        if n % block != 0 {
            let tail = n - block
            for i in tail..<n {
                buffer[i] = uniformFloat()
            }
            Self.transformBlockFloat(buffer, start: tail, mean: mean, std: std)
        }
    }

    /// Box–Muller on 16 float32 uniforms: the first half gives radii, the second half angles.
    static func transformBlockFloat(_ d: UnsafeMutableBufferPointer<Float>, start: Int, mean: Float, std: Float) {
        let half = normalBlock / 2
        for j in start..<(start + half) {
            let u1 = AVXMath.one - d[j]
            let u2 = d[j + half]
            let radius = (-2 * AVXMath.log(u1)).squareRoot()
            let theta = AVXMath.twoPi * u2
            let (sine, cosine) = AVXMath.sincos(theta)
            d[j] = mean.addingProduct(radius * cosine, std)
            d[j + half] = mean.addingProduct(radius * sine, std)
        }
    }
}

/// Lane-wise float32 log and sincos as PyTorch's AVX2 build evaluates them.
enum AVXMath {
    static let one = Float(bitPattern: 0x3F80_0000)
    static let half = Float(bitPattern: 0x3F00_0000)
    static let minNorm = Float(bitPattern: 0x0080_0000)
    static let sqrtHalf = Float(bitPattern: 0x3F35_04F3)
    static let logP: [Float] = [
        0x3D90_21BB, 0xBDEB_D1B8, 0x3DEF_251A, 0xBDFE_5D4F, 0x3E11_E9BF,
        0xBE2A_AE50, 0x3E4C_CEAC, 0xBE7F_FFFC, 0x3EAA_AAAA,
    ].map { Float(bitPattern: $0) }
    static let logQ1 = Float(bitPattern: 0xB95E_8083)
    static let logQ2 = Float(bitPattern: 0x3F31_8000)
    static let twoPi = Float(bitPattern: 0x40C9_0FDB)
    static let fourOverPi = Float(bitPattern: 0x3FA2_F983)
    static let dp1 = Float(bitPattern: 0xBF49_0000)
    static let dp2 = Float(bitPattern: 0xB97D_A000)
    static let dp3 = Float(bitPattern: 0xB322_2169)
    static let sin0 = Float(bitPattern: 0xB94C_A1F9)
    static let sin1 = Float(bitPattern: 0x3C08_839E)
    static let sin2 = Float(bitPattern: 0xBE2A_AAA3)
    static let cos0 = Float(bitPattern: 0x37CC_F5CE)
    static let cos1 = Float(bitPattern: 0xBAB6_061A)
    static let cos2 = Float(bitPattern: 0x3D2A_AAA5)
    static let signBit: UInt32 = 0x8000_0000

    /// Cephes log for x in (0, 1]; split into exponent and a polynomial in the mantissa.
    static func log(_ input: Float) -> Float {
        let clamped = max(input, minNorm)
        let bits = clamped.bitPattern
        var e = Float(Int32(bits >> 23) - 127) + one
        let m = Float(bitPattern: (bits & 0x807F_FFFF) | 0x3F00_0000)
        // Mantissas below √½ are doubled (e − 1) so the polynomial sees values near 0.
        var t: Float = 0
        if m < sqrtHalf {
            e = e - one
            t = m
        }
        var x = m - one
        x = x + t
        let z = x * x
        var y = logP[0]
        for k in 1...8 {
            y = logP[k].addingProduct(y, x)
        }
        y = y * x
        y = (e * logQ1).addingProduct(y, z)
        y = y.addingProduct(-z, half)
        x = x + y
        return x.addingProduct(e, logQ2)
    }

    /// Cephes sincos for θ ≥ 0, reduced by octant with a three-part π/4.
    static func sincos(_ theta: Float) -> (sine: Float, cosine: Float) {
        let thetaBits = theta.bitPattern
        let sign = thetaBits & signBit
        var x = Float(bitPattern: thetaBits & ~signBit)

        // Truncation toward zero matches the kernel's float→int conversion.
        var j = Int32(x * fourOverPi)
        j = (j &+ 1) & ~1
        let y = Float(j)

        x = x.addingProduct(y, dp1)
        x = x.addingProduct(y, dp2)
        x = x.addingProduct(y, dp3)
        let z = x * x

        var c = cos1.addingProduct(cos0, z)
        c = cos2.addingProduct(c, z)
        c = c * z
        c = (-(z * half)).addingProduct(c, z)
        c = c + one

        var s = sin1.addingProduct(sin0, z)
        s = sin2.addingProduct(s, z)
        s = s * z
        s = x.addingProduct(s, x)

        // Masked blend as in the kernel, so the sign of an exact zero matches too.
        let swapMask: UInt32 = (j & 2) == 0 ? 0 : 0xFFFF_FFFF
        let cMasked = Float(bitPattern: c.bitPattern & swapMask)
        let sMasked = Float(bitPattern: s.bitPattern & ~swapMask)
        var sine = cMasked + sMasked
        var cosine = (c - cMasked) + (s - sMasked)

        let quadrantSign: UInt32 = (j & 4) != 0 ? signBit : 0
        sine = Float(bitPattern: sine.bitPattern ^ (sign ^ quadrantSign))
        let cosineSign: UInt32 = ((~(j &- 2)) & 4) != 0 ? signBit : 0
        cosine = Float(bitPattern: cosine.bitPattern ^ cosineSign)
        return (sine, cosine)
    }
}
