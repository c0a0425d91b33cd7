/// Exact and correctly rounded conversions between `BigInteger` and `Double`.
extension BigInteger {
    /// The nearest `Double` (ties to even), or nil when the value is beyond `Double`'s range.
    ///
    ///     BigInteger(1 << 53).doubleValue  // 9007199254740992.0
    var doubleValue: Double? {
        let width = bitWidth
        var magnitude: Double
        if let small = magnitude64 {
            magnitude = Double(small)
        } else {
            // The top 64 bits with a sticky bit for everything below round exactly as the whole value does.
            let shift = width - 64
            var top = UInt64(bits(at: shift + 32, count: 32)) << 32 | UInt64(bits(at: shift, count: 32))
            if Self.hasSetBits(limbs, below: shift) { top |= 1 }
            magnitude = Double(sign: .plus, exponent: shift, significand: Double(top))
        }
        guard magnitude.isFinite else { return nil }
        return isNegative ? -magnitude : magnitude
    }

    /// The integer part of `value` (rounding toward zero); nil for infinities and NaN.
    ///
    ///     BigInteger(truncating: 1e30)  // 1000000000000000019884624838656
    init?(truncating value: Double) {
        guard value.isFinite else { return nil }
        let whole = value.rounded(.towardZero)
        if let small = Int(exactly: whole) {
            self.init(small)
            return
        }
        // |whole| >= 2^63, so it is normal and its 52 fraction bits are all integral.
        let significand = UInt64(1) << 52 | whole.significandBitPattern
        let magnitude = Self.shiftedLeft(Self.limbs(of: significand), by: Int(whole.exponent) - 52)
        self.init(negative: whole < 0, limbs: magnitude)
    }

    /// -1, 0 or 1 as `self` compares with `value`, exactly; nil when `value` is NaN.
    func compare(to value: Double) -> Int? {
        if value.isNaN { return nil }
        if value.isInfinite { return value > 0 ? -1 : 1 }
        let floor = value.rounded(.down)
        guard let floorInteger = BigInteger(truncating: floor) else { return nil }
        let c = compare(floorInteger)
        // Above floor(value) means at least floor(value) + 1, which exceeds value.
        if c != 0 { return c }
        return floor == value ? 0 : -1
    }

    /// `a / b` correctly rounded, as CPython's `long_true_divide`; nil when the quotient overflows
    /// `Double` or `b` is zero.
    static func trueQuotient(_ a: BigInteger, _ b: BigInteger) -> Double? {
        let negative = a.isNegative != b.isNegative
        let signed = { (magnitude: Double) in negative ? -magnitude : magnitude }
        if b.isZero { return nil }
        if a.isZero { return signed(0) }
        if a.bitWidth <= 53 && b.bitWidth <= 53, let x = a.magnitude64, let y = b.magnitude64 {
            return signed(Double(x) / Double(y))
        }
        let difference = a.bitWidth - b.bitWidth
        if difference > maximumExponent { return nil }
        if difference < minimumExponent - mantissaBits - 1 { return signed(0) }
        // Scale so the integer quotient keeps 2 or 3 bits beyond the precision of the result.
        let shift = max(difference, minimumExponent) - mantissaBits - 2
        var inexact = false
        let dividend: Limbs
        if shift <= 0 {
            dividend = shiftedLeft(a.limbs, by: -shift)
        } else {
            dividend = shiftedRight(a.limbs, by: shift)
            inexact = hasSetBits(a.limbs, below: shift)
        }
        let (q, r) = divideMagnitudes(dividend, b.limbs)
        inexact = inexact || !r.isEmpty
        var quotient = BigInteger(negative: false, limbs: q).magnitude64 ?? 0
        let quotientBits = 64 - quotient.leadingZeroBitCount
        // Round half to even at the result's precision (fewer bits for subnormal results).
        let extraBits = max(quotientBits, minimumExponent - shift) - mantissaBits
        let half = UInt64(1) << (extraBits - 1)
        let low = quotient & (2 &* half &- 1) | (inexact ? 1 : 0)
        if low & half != 0 && low & (3 &* half &- 1) != 0 { quotient &+= half }
        quotient &= ~(2 &* half &- 1)
        let result = Double(sign: .plus, exponent: shift, significand: Double(quotient))
        return result.isFinite ? signed(result) : nil
    }

    /// `DBL_MAX_EXP`, `DBL_MIN_EXP` and `DBL_MANT_DIG` as C's `float.h` defines them.
    private static let maximumExponent = 1024
    private static let minimumExponent = -1021
    private static let mantissaBits = 53
}
