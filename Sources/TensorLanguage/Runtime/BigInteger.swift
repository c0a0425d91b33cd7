/// An arbitrary-precision integer: a sign and a magnitude in base 2^32.
///
/// Pure arithmetic with no size policy; the Python layer (`IntegerArithmetic`)
/// refuses results too large to compute in reasonable time.
///
///     let big = BigInteger(1 << 62) * BigInteger(4)
///     big.decimalString  // "18446744073709551616"
struct BigInteger: Sendable, Hashable {
    /// Base-2^32 digits.
    typealias Limbs = [UInt32]

    /// The magnitude, least significant limb first, without high zero limbs; `[]` for zero.
    private(set) var limbs: Limbs
    /// True for negative values; never true for zero, so each value has one representation.
    private(set) var isNegative: Bool

    /// The value `±magnitude`; the limbs need not be trimmed.
    init(negative: Bool, limbs: Limbs) {
        let trimmed = Self.trimmed(limbs)
        self.limbs = trimmed
        self.isNegative = negative && !trimmed.isEmpty
    }

    init(_ value: Int) {
        self.init(negative: value < 0, magnitude: UInt64(value.magnitude))
    }

    /// The value `±magnitude` for a 64-bit magnitude.
    init(negative: Bool, magnitude: UInt64) {
        self.init(negative: negative, limbs: Self.limbs(of: magnitude))
    }

    static let zero = BigInteger(0)
    static let one = BigInteger(1)

    var isZero: Bool { limbs.isEmpty }

    /// Python's `int.bit_length()`: bits in the magnitude.
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count &* 32 &- top.leadingZeroBitCount
    }

    /// The magnitude when it fits in 64 bits.
    var magnitude64: UInt64? {
        switch limbs.count {
        case 0: return 0
        case 1: return UInt64(limbs[0])
        case 2: return UInt64(limbs[1]) << 32 | UInt64(limbs[0])
        default: return nil
        }
    }

    /// The value as an `Int`, or nil when it does not fit.
    var intValue: Int? {
        guard let m = magnitude64 else { return nil }
        if isNegative {
            if m == UInt64(Int.max) &+ 1 { return .min }
            return m <= UInt64(Int.max) ? -Int(m) : nil
        }
        return m <= UInt64(Int.max) ? Int(m) : nil
    }

    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// The absolute value.
    var magnitude: BigInteger { BigInteger(negative: false, limbs: limbs) }

    static func limbs(of value: UInt64) -> Limbs {
        trimmed([UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)])
    }
}

// MARK: - Sign and comparison

extension BigInteger: Comparable {
    static prefix func - (x: BigInteger) -> BigInteger {
        BigInteger(negative: !x.isNegative, limbs: x.limbs)
    }

    /// -1, 0 or 1 as `self` is less than, equal to or greater than `other`.
    func compare(_ other: BigInteger) -> Int {
        if isNegative != other.isNegative { return isNegative ? -1 : 1 }
        let c = Self.compareMagnitudes(limbs, other.limbs)
        return isNegative ? -c : c
    }

    static func < (a: BigInteger, b: BigInteger) -> Bool { a.compare(b) < 0 }
}

// MARK: - Ring operations

extension BigInteger {
    static func + (a: BigInteger, b: BigInteger) -> BigInteger {
        if a.isNegative == b.isNegative {
            return BigInteger(negative: a.isNegative, limbs: addMagnitudes(a.limbs, b.limbs))
        }
        // Opposite signs: the larger magnitude decides the sign.
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return BigInteger(negative: a.isNegative, limbs: subtractMagnitudes(a.limbs, b.limbs))
        }
        return BigInteger(negative: b.isNegative, limbs: subtractMagnitudes(b.limbs, a.limbs))
    }

    static func - (a: BigInteger, b: BigInteger) -> BigInteger { a + -b }

    static func * (a: BigInteger, b: BigInteger) -> BigInteger {
        BigInteger(negative: a.isNegative != b.isNegative, limbs: multiplyMagnitudes(a.limbs, b.limbs))
    }

    /// `self ** exponent` by repeated squaring; `exponent` must be non-negative.
    func power(_ exponent: Int) -> BigInteger {
        var result = BigInteger.one
        var base = self
        var e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }
}
