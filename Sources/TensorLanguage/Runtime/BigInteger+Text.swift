/// Conversion to and from digit strings.
extension BigInteger: CustomStringConvertible {
    /// Decimal digits with a leading `-` for negative values.
    var description: String { decimalString }

    /// Decimal digits with a leading `-` for negative values: `"-1267650600228229401496703205376"`.
    var decimalString: String { (isNegative ? "-" : "") + magnitudeString(radix: 10) }

    /// The magnitude's digits in `radix` (2...36), lowercase, without sign or prefix.
    func magnitudeString(radix: Int) -> String {
        guard !limbs.isEmpty else { return "0" }
        let bitsPerDigit = radix.nonzeroBitCount == 1 ? radix.trailingZeroBitCount : 0
        if bitsPerDigit > 0 { return powerOfTwoDigits(bitsPerDigit: bitsPerDigit) }
        return chunkedDigits(radix: radix)
    }

    /// Digits by repeated division by the largest power of `radix` that fits a limb (10^9 for decimal).
    private func chunkedDigits(radix: Int) -> String {
        let (chunk, width) = Self.chunk(radix: radix)
        var rest = limbs
        var chunks: [UInt32] = []
        while !rest.isEmpty { chunks.append(Self.divideSmall(&rest, by: chunk)) }
        var text = ""
        for (i, value) in chunks.reversed().enumerated() {
            let digits = String(value, radix: radix)
            text += i == 0 ? digits : digits.leftPadded(to: width, with: "0")
        }
        return text
    }

    /// Digits read straight from the bits, for radix 2, 4, 8, 16 and 32.
    private func powerOfTwoDigits(bitsPerDigit: Int) -> String {
        let count = (bitWidth + bitsPerDigit - 1) / bitsPerDigit
        let alphabet = Array("0123456789abcdefghijklmnopqrstuv")
        var text = ""
        text.reserveCapacity(count)
        for k in stride(from: count - 1, through: 0, by: -1) {
            text.append(alphabet[Int(bits(at: k * bitsPerDigit, count: bitsPerDigit))])
        }
        return text
    }

    /// `count` (at most 32) bits of the magnitude starting at bit `position`.
    func bits(at position: Int, count: Int) -> UInt32 {
        let index = position / 32
        let offset = position % 32
        let low = index < limbs.count ? UInt64(limbs[index]) : 0
        let high = index + 1 < limbs.count ? UInt64(limbs[index + 1]) : 0
        let window = (high << 32 | low) >> offset
        return UInt32(truncatingIfNeeded: window & (UInt64(1) << count &- 1))
    }

    /// The largest power of `radix` below 2^32 and its number of digits.
    private static func chunk(radix: Int) -> (value: UInt32, digits: Int) {
        var value: UInt64 = UInt64(radix)
        var digits = 1
        while value &* UInt64(radix) <= UInt64(UInt32.max) {
            value &*= UInt64(radix)
            digits += 1
        }
        return (UInt32(truncatingIfNeeded: value), digits)
    }

    /// Parses an optionally signed run of digits in `radix` (2...36); nil for anything else.
    ///
    ///     BigInteger("-123456789012345678901234567890")?.isNegative  // true
    init?(_ text: Substring, radix: Int = 10) {
        var digits = text.unicodeScalars[...]
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, (2...36).contains(radix) else { return nil }
        var magnitude: Limbs = []
        let (chunk, width) = Self.chunk(radix: radix)
        var pending: UInt32 = 0
        var pendingDigits = 0
        for scalar in digits {
            guard let value = Self.digitValue(scalar), value < radix else { return nil }
            pending = pending &* UInt32(radix) &+ UInt32(value)
            pendingDigits += 1
            if pendingDigits == width {
                Self.multiplyAdd(&magnitude, chunk, pending)
                pending = 0
                pendingDigits = 0
            }
        }
        if pendingDigits > 0 {
            let scale = (0..<pendingDigits).reduce(UInt32(1)) { p, _ in p &* UInt32(radix) }
            Self.multiplyAdd(&magnitude, scale, pending)
        }
        self.init(negative: negative, limbs: magnitude)
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": Int(scalar.value) - 48
        case "a"..."z": Int(scalar.value) - 87
        case "A"..."Z": Int(scalar.value) - 55
        default: nil
        }
    }
}
