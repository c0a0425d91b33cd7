/// Kernels on unsigned magnitudes (least significant limb first).
///
/// Intermediate sums and products use `&+`/`&*` where the bounds in the
/// comments show they cannot wrap: a limb product plus two limbs is at most
/// (2^32 - 1)^2 + 2 (2^32 - 1) = 2^64 - 1.
extension BigInteger {
    /// Drops high zero limbs.
    static func trimmed(_ limbs: Limbs) -> Limbs {
        var result = limbs
        while result.last == 0 { result.removeLast() }
        return result
    }

    /// -1, 0 or 1 as `a` compares with `b`; both trimmed.
    static func compareMagnitudes(_ a: Limbs, _ b: Limbs) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    static func addMagnitudes(_ a: Limbs, _ b: Limbs) -> Limbs {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = Limbs()
        result.reserveCapacity(long.count + 1)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            // Two limbs and a carry of at most 1: below 2^33.
            let sum = UInt64(long[i]) &+ (i < short.count ? UInt64(short[i]) : 0) &+ carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return result
    }

    /// `a - b` for `a >= b`.
    static func subtractMagnitudes(_ a: Limbs, _ b: Limbs) -> Limbs {
        var result = Limbs()
        result.reserveCapacity(a.count)
        var borrow: UInt32 = 0
        for i in 0..<a.count {
            let (partial, first) = a[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (difference, second) = partial.subtractingReportingOverflow(borrow)
            result.append(difference)
            borrow = first || second ? 1 : 0
        }
        return trimmed(result)
    }

    /// Schoolbook multiplication.
    ///
    /// The inner loop runs on buffer pointers: it is the hot spot of every large
    /// product and power, and its indices (`i + j < a.count + b.count`) are in bounds by construction.
    static func multiplyMagnitudes(_ a: Limbs, _ b: Limbs) -> Limbs {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var result = Limbs(repeating: 0, count: a.count + b.count)
        result.withUnsafeMutableBufferPointer { out in
            b.withUnsafeBufferPointer { y in
                for (i, limb) in a.enumerated() where limb != 0 {
                    let x = UInt64(limb)
                    var carry: UInt64 = 0
                    for j in 0..<y.count {
                        let t = x &* UInt64(y[j]) &+ UInt64(out[i &+ j]) &+ carry
                        out[i &+ j] = UInt32(truncatingIfNeeded: t)
                        carry = t >> 32
                    }
                    out[i &+ y.count] = UInt32(truncatingIfNeeded: carry)
                }
            }
        }
        return trimmed(result)
    }

    /// `a = a * factor + addend` in place.
    static func multiplyAdd(_ a: inout Limbs, _ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for i in 0..<a.count {
            let t = UInt64(a[i]) &* UInt64(factor) &+ carry
            a[i] = UInt32(truncatingIfNeeded: t)
            carry = t >> 32
        }
        if carry != 0 { a.append(UInt32(truncatingIfNeeded: carry)) }
    }

    /// `a /= divisor` in place, returning the remainder; `divisor` is non-zero.
    static func divideSmall(_ a: inout Limbs, by divisor: UInt32) -> UInt32 {
        let d = UInt64(divisor)
        var remainder: UInt64 = 0
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            // remainder < divisor, so the two-limb numerator's quotient fits a limb.
            let numerator = remainder << 32 | UInt64(a[i])
            a[i] = UInt32(truncatingIfNeeded: numerator / d)
            remainder = numerator % d
        }
        a = trimmed(a)
        return UInt32(truncatingIfNeeded: remainder)
    }

    static func shiftedLeft(_ a: Limbs, by bits: Int) -> Limbs {
        guard !a.isEmpty else { return [] }
        let bitShift = bits % 32
        var result = Limbs(repeating: 0, count: bits / 32)
        result.reserveCapacity(bits / 32 + a.count + 1)
        guard bitShift != 0 else { return result + a }
        var carry: UInt32 = 0
        for limb in a {
            result.append(limb << bitShift | carry)
            carry = limb >> (32 - bitShift)
        }
        if carry != 0 { result.append(carry) }
        return result
    }

    /// `a >> bits`, discarding the bits shifted out.
    static func shiftedRight(_ a: Limbs, by bits: Int) -> Limbs {
        let limbShift = bits / 32
        let bitShift = bits % 32
        guard limbShift < a.count else { return [] }
        var result = Limbs(a[limbShift...])
        if bitShift != 0 {
            for i in 0..<result.count {
                let high = i + 1 < result.count ? result[i + 1] << (32 - bitShift) : 0
                result[i] = result[i] >> bitShift | high
            }
        }
        return trimmed(result)
    }

    /// Whether any of the lowest `bits` bits of `a` is set.
    static func hasSetBits(_ a: Limbs, below bits: Int) -> Bool {
        let whole = min(bits / 32, a.count)
        if a[0..<whole].contains(where: { $0 != 0 }) { return true }
        let rest = bits % 32
        guard whole < a.count, rest != 0 else { return false }
        return a[whole] & (UInt32.max >> (32 - rest)) != 0
    }
}
