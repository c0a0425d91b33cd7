/// Python's bitwise operators, which act on an infinite two's-complement representation.
extension BigInteger {
    /// `~x`, which is `-x - 1`.
    static prefix func ~ (x: BigInteger) -> BigInteger { -x - .one }

    static func & (a: BigInteger, b: BigInteger) -> BigInteger { bitwise(a, b, &) }
    static func | (a: BigInteger, b: BigInteger) -> BigInteger { bitwise(a, b, |) }
    static func ^ (a: BigInteger, b: BigInteger) -> BigInteger { bitwise(a, b, ^) }

    /// `self << bits` for non-negative `bits`: multiplication by 2^bits.
    func shiftedLeft(by bits: Int) -> BigInteger {
        BigInteger(negative: isNegative, limbs: Self.shiftedLeft(limbs, by: bits))
    }

    /// `self >> bits` for non-negative `bits`: floor division by 2^bits, so negatives round down.
    ///
    ///     BigInteger(-5).shiftedRight(by: 1)  // -3
    func shiftedRight(by bits: Int) -> BigInteger {
        let shifted = BigInteger(negative: false, limbs: Self.shiftedRight(limbs, by: bits))
        guard isNegative else { return shifted }
        let roundsAway = Self.hasSetBits(limbs, below: bits)
        return -(roundsAway ? shifted + .one : shifted)
    }

    /// Combines the two's-complement forms limb by limb, one limb wider than either operand
    /// so the sign limb is represented.
    private static func bitwise(_ a: BigInteger, _ b: BigInteger, _ op: (UInt32, UInt32) -> UInt32) -> BigInteger {
        let count = max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(count: count)
        let y = b.twosComplement(count: count)
        return fromTwosComplement(zip(x, y).map { op($0, $1) })
    }

    /// The two's-complement limbs, sign-extended to `count` limbs.
    private func twosComplement(count: Int) -> Limbs {
        var result = limbs + Limbs(repeating: 0, count: count - limbs.count)
        if isNegative { Self.negateInPlace(&result) }
        return result
    }

    /// The value of sign-extended two's-complement limbs.
    private static func fromTwosComplement(_ limbs: Limbs) -> BigInteger {
        guard let top = limbs.last, top >> 31 == 1 else { return BigInteger(negative: false, limbs: limbs) }
        var magnitude = limbs
        negateInPlace(&magnitude)
        return BigInteger(negative: true, limbs: magnitude)
    }

    /// Two's-complement negation modulo 2^(32 count): invert, then add one.
    private static func negateInPlace(_ limbs: inout Limbs) {
        var carry = true
        for i in 0..<limbs.count {
            let (sum, overflow) = (~limbs[i]).addingReportingOverflow(carry ? 1 : 0)
            limbs[i] = sum
            carry = overflow
        }
    }
}
