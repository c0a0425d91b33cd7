/// Python's `int` beyond 64 bits: CPython's results and messages on `BigInteger`, and Wick's size limit.
enum IntegerArithmetic {
    /// The widest int Wick computes (2^19 bits, about 157,800 decimal digits): schoolbook
    /// multiplication of two such values takes a fraction of a second, where CPython would
    /// go on for minutes or run out of memory.
    static let maximumBitWidth = 1 << 19

    /// `a op b` on ints; nil for operators ints do not have (`@`).
    static func binary(_ op: BinaryOperator, _ a: BigInteger, _ b: BigInteger) throws -> Value? {
        switch op {
        case .add: return try checked(a + b)
        case .subtract: return try checked(a - b)
        case .multiply:
            try ensureWidth(a.bitWidth + b.bitWidth - 1)
            return try checked(a * b)
        case .divide:
            guard !b.isZero else { throw PythonError(.zeroDivisionError, "division by zero") }
            guard let quotient = BigInteger.trueQuotient(a, b) else { throw IntegerMessages.quotientTooLargeForFloat() }
            return .float(quotient)
        case .floorDivide:
            guard let (quotient, _) = a.flooredDivision(by: b) else {
                throw PythonError(.zeroDivisionError, "integer division or modulo by zero")
            }
            return .integer(quotient)
        case .modulo:
            guard let (_, modulo) = a.flooredDivision(by: b) else {
                throw PythonError(.zeroDivisionError, "integer modulo by zero")
            }
            return .integer(modulo)
        case .power: return try power(a, b)
        case .leftShift: return try shiftedLeft(a, b)
        case .rightShift: return try shiftedRight(a, b)
        case .bitwiseAnd: return .integer(a & b)
        case .bitwiseOr: return .integer(a | b)
        case .bitwiseXor: return .integer(a ^ b)
        case .matrixMultiply: return nil
        }
    }

    /// `base ** exponent`; negative exponents give floats, as in CPython.
    private static func power(_ base: BigInteger, _ exponent: BigInteger) throws -> Value {
        if exponent.isNegative { return .float(try Numbers.floatPower(try double(base), try double(exponent))) }
        if base.isZero { return .int(exponent.isZero ? 1 : 0) }
        if base.magnitude == .one { return .int(base.isNegative && exponent.isOdd ? -1 : 1) }
        // |base| >= 2^(bitWidth - 1), so the result has at least (bitWidth - 1) * exponent + 1 bits.
        guard let e = exponent.intValue else { throw IntegerMessages.resultTooLarge() }
        let (lowerBound, overflow) = (base.bitWidth - 1).multipliedReportingOverflow(by: e)
        guard !overflow else { throw IntegerMessages.resultTooLarge() }
        try ensureWidth(lowerBound)
        return try checked(base.power(e))
    }

    private static func shiftedLeft(_ value: BigInteger, _ count: BigInteger) throws -> Value {
        guard !count.isNegative else { throw IntegerMessages.negativeShift() }
        if value.isZero { return .int(0) }
        guard let bits = count.intValue, bits <= maximumBitWidth else { throw IntegerMessages.resultTooLarge() }
        try ensureWidth(value.bitWidth + bits)
        return .integer(value.shiftedLeft(by: bits))
    }

    private static func shiftedRight(_ value: BigInteger, _ count: BigInteger) throws -> Value {
        guard !count.isNegative else { throw IntegerMessages.negativeShift() }
        guard let bits = count.intValue, bits < value.bitWidth else { return .int(value.isNegative ? -1 : 0) }
        return .integer(value.shiftedRight(by: bits))
    }

    /// `round(n, ndigits)` for ints: half to even at 10^-ndigits; ndigits >= 0 leaves n unchanged.
    static func round(_ value: BigInteger, digits: Int) -> Value {
        guard digits < 0 else { return .integer(value) }
        let k = digits.magnitude
        let width = UInt(value.bitWidth + 1)
        // 10^k > 2 |value| once k >= 0.4 (bitWidth + 1), and then value rounds to 0.
        if k >= width || k &* 10 >= width &* 4 { return .int(0) }
        let scale = BigInteger(10).power(Int(k))
        guard let (quotient, remainder) = value.flooredDivision(by: scale) else { return .integer(value) }
        let c = (remainder + remainder).compare(scale)
        let roundsUp = c > 0 || (c == 0 && quotient.isOdd)
        return .integer((roundsUp ? quotient + .one : quotient) * scale)
    }

    /// `float(n)`, raising CPython's OverflowError beyond `Double`'s range.
    static func double(_ value: BigInteger) throws -> Double {
        guard let d = value.doubleValue else { throw IntegerMessages.tooLargeForFloat() }
        return d
    }

    /// `int(x)` of a float: its integer part.
    static func integer(truncating value: Double) throws -> Value {
        guard let n = BigInteger(truncating: value) else { throw IntegerMessages.floatNotFinite(value) }
        return .integer(n)
    }

    /// `str(n)`, refusing more than 4300 digits as CPython does.
    static func decimalString(_ value: BigInteger) throws -> String {
        // 2^14300 has more than 4300 digits, so wider values are refused before converting.
        guard value.bitWidth <= 14_300 else { throw IntegerMessages.strTooLong() }
        let text = value.decimalString
        guard text.utf8.count - (value.isNegative ? 1 : 0) <= IntegerMessages.maximumStringDigits else {
            throw IntegerMessages.strTooLong()
        }
        return text
    }

    /// An integer literal's value (hexadecimal literals can be arbitrarily long).
    static func literal(_ literal: IntegerLiteral) throws -> Value {
        if let small = literal.intValue { return .int(small) }
        return try checked(BigInteger(negative: false, limbs: literal.limbs))
    }

    private static func checked(_ value: BigInteger) throws -> Value {
        try ensureWidth(value.bitWidth)
        return .integer(value)
    }

    static func ensureWidth(_ bits: Int) throws {
        if bits > maximumBitWidth { throw IntegerMessages.resultTooLarge() }
    }
}

extension Value {
    /// An int value, on the `.int` fast path whenever it fits.
    static func integer(_ value: BigInteger) -> Value {
        if let small = value.intValue { return .int(small) }
        return .bigInt(value)
    }
}
