/// Long division (Knuth, TAOCP vol. 2, 4.3.1, algorithm D) and Python's floored division.
extension BigInteger {
    /// Truncated division: the quotient rounds toward zero and the remainder takes the dividend's sign.
    /// Returns nil when `divisor` is zero.
    func quotientAndRemainder(dividingBy divisor: BigInteger) -> (quotient: BigInteger, remainder: BigInteger)? {
        guard !divisor.isZero else { return nil }
        let (q, r) = Self.divideMagnitudes(limbs, divisor.limbs)
        return (
            BigInteger(negative: isNegative != divisor.isNegative, limbs: q),
            BigInteger(negative: isNegative, limbs: r)
        )
    }

    /// Python's `//` and `%`: the quotient rounds toward negative infinity and the
    /// remainder takes the divisor's sign. Returns nil when `divisor` is zero.
    ///
    ///     BigInteger(-7).flooredDivision(by: BigInteger(3))  // (-3, 2)
    func flooredDivision(by divisor: BigInteger) -> (quotient: BigInteger, modulo: BigInteger)? {
        guard let (q, r) = quotientAndRemainder(dividingBy: divisor) else { return nil }
        if !r.isZero && r.isNegative != divisor.isNegative {
            return (q - .one, r + divisor)
        }
        return (q, r)
    }

    /// Quotient and remainder of magnitudes; callers rule out a zero divisor (for which this returns zeros).
    static func divideMagnitudes(_ a: Limbs, _ b: Limbs) -> (quotient: Limbs, remainder: Limbs) {
        guard let top = b.last else { return ([], []) }
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            var quotient = a
            let remainder = divideSmall(&quotient, by: top)
            return (quotient, remainder == 0 ? [] : [remainder])
        }
        // Normalise so the divisor's top bit is set; quotient digit estimates are then off by at most 2.
        let shift = top.leadingZeroBitCount
        let v = shiftedLeft(b, by: shift)
        var u = shiftedLeft(a, by: shift)
        if u.count == a.count { u.append(0) }
        var quotient = Limbs(repeating: 0, count: u.count - v.count)
        for j in stride(from: quotient.count - 1, through: 0, by: -1) {
            quotient[j] = divideStep(&u, v, at: j)
        }
        let remainder = shiftedRight(trimmed(Limbs(u[0..<v.count])), by: shift)
        return (trimmed(quotient), remainder)
    }

    /// One step of algorithm D: divides `u[j...j+n]` by `v` in place and returns the quotient digit.
    private static func divideStep(_ u: inout Limbs, _ v: Limbs, at j: Int) -> UInt32 {
        let n = v.count
        let top = UInt64(v[n - 1])
        let next = UInt64(v[n - 2])
        let numerator = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
        var estimate = numerator / top
        var rest = numerator % top
        // estimate <= base is checked first, so estimate * next cannot wrap; rest < base before shifting.
        while estimate > UInt64(UInt32.max) || estimate &* next > (rest << 32 | UInt64(u[j + n - 2])) {
            estimate &-= 1
            rest &+= top
            if rest > UInt64(UInt32.max) { break }
        }
        let t = multiplySubtract(&u, v, estimate, at: j)
        guard t < 0 else { return UInt32(truncatingIfNeeded: estimate) }
        // The estimate was one too large (rare): add the divisor back.
        var carry: UInt64 = 0
        for i in 0..<n {
            let sum = UInt64(u[i + j]) &+ UInt64(v[i]) &+ carry
            u[i + j] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        u[j + n] = u[j + n] &+ UInt32(truncatingIfNeeded: carry)
        return UInt32(truncatingIfNeeded: estimate &- 1)
    }

    /// `u[j...j+n] -= estimate * v`, returning the signed top limb (negative when the estimate was too large).
    ///
    /// Runs on buffer pointers as the hot loop of division; `j + n < u.count` by construction.
    private static func multiplySubtract(_ u: inout Limbs, _ v: Limbs, _ estimate: UInt64, at j: Int) -> Int64 {
        let n = v.count
        return u.withUnsafeMutableBufferPointer { out in
            v.withUnsafeBufferPointer { divisor in
                // borrow stays within [0, 2^32 + 1] and t within (-2^33, 2^32).
                var borrow: Int64 = 0
                for i in 0..<n {
                    let product = estimate &* UInt64(divisor[i])
                    let t = Int64(out[i &+ j]) &- borrow &- Int64(product & 0xFFFF_FFFF)
                    out[i &+ j] = UInt32(truncatingIfNeeded: t)
                    borrow = Int64(product >> 32) &- (t >> 32)
                }
                let t = Int64(out[j &+ n]) &- borrow
                out[j &+ n] = UInt32(truncatingIfNeeded: t)
                return t
            }
        }
    }
}
