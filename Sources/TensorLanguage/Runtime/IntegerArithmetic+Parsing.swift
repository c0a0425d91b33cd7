/// `int(text, base)`, parsed as CPython's `PyLong_FromString` does.
extension IntegerArithmetic {
    /// `int(text)` or `int(text, base)`: surrounding whitespace, an optional sign, a `0x`/`0o`/`0b` prefix
    /// matching the base (any of them under base 0), and single underscores between digits.
    ///
    ///     try IntegerArithmetic.parse(" -0x_ff ", base: 0)  // .int(-255)
    static func parse(_ text: String, base: Int = 10) throws -> Value {
        guard base == 0 || (2...36).contains(base) else { throw IntegerMessages.badBase() }
        let trimmed = Array(text.trimmingWhitespace().unicodeScalars)
        let signLength = trimmed.first == "-" || trimmed.first == "+" ? 1 : 0
        var body = trimmed.dropFirst(signLength)
        var radix = base
        var afterPrefix = false
        if let prefixed = prefixRadix(body), base == 0 || base == prefixed {
            radix = prefixed
            body = body.dropFirst(2)
            afterPrefix = true
        } else if base == 0 {
            radix = 10
            // Base 0 follows the literal rules: no leading zeros except in zero itself.
            if body.first == "0", body.contains(where: { $0 != "0" && $0 != "_" }) {
                throw IntegerMessages.invalidLiteral(text, base: base)
            }
        }
        let wellFormed =
            (afterPrefix || body.first != "_") && body.last != "_"
            && !zip(body, body.dropFirst()).contains { $0 == "_" && $1 == "_" }
        let digits = body.filter { $0 != "_" }
        guard wellFormed, !digits.isEmpty else { throw IntegerMessages.invalidLiteral(text, base: base) }
        // CPython limits only the bases whose conversion is quadratic (not powers of two).
        if radix & (radix - 1) != 0, digits.count > IntegerMessages.maximumStringDigits {
            throw IntegerMessages.parsedTooLong(digits: digits.count)
        }
        let signed = String(String.UnicodeScalarView(trimmed.prefix(signLength) + digits))
        guard let value = BigInteger(Substring(signed), radix: radix) else {
            throw IntegerMessages.invalidLiteral(text, base: base)
        }
        try ensureWidth(value.bitWidth)
        return .integer(value)
    }

    private static func prefixRadix(_ body: ArraySlice<Unicode.Scalar>) -> Int? {
        guard body.count >= 2, body.first == "0" else { return nil }
        switch body[body.startIndex + 1] {
        case "x", "X": return 16
        case "o", "O": return 8
        case "b", "B": return 2
        default: return nil
        }
    }
}
