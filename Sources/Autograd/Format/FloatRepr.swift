/// CPython's `repr(float)` and `str(float)` for binary64 values.
///
/// Python prints the shortest digit string that reads back as the same double,
/// positional when the decimal exponent is in -4...15, scientific otherwise.
public enum PythonFloat {
    /// `repr(x)` as Python 3 prints it: `0.1`, `100.0`, `1e-05`, `1e+16`, `-0.0`, `nan`.
    public static func repr(_ value: Double) -> String {
        if let special = NumberFormat.nonFinite(value) { return special }
        let sign = value.sign == .minus ? "-" : ""
        guard let decimal = ShortestDecimal(value.magnitude) else { return sign + "0.0" }
        if decimal.exponent < -4 || decimal.exponent >= 16 {
            return sign + decimal.scientific()
        }
        return sign + decimal.positional()
    }

    /// `str(x)`; identical to `repr(x)` since Python 3.2.
    public static func str(_ value: Double) -> String {
        repr(value)
    }
}

/// The shortest round-trip digits of a positive finite double and its decimal exponent.
///
/// The value is `d1.d2d3... × 10^exponent`. Swift's `description` already picks
/// the shortest (and nearest) digit string, like CPython's `repr`; only its
/// layout differs, so the digits are parsed back out of it.
struct ShortestDecimal {
    /// Significant digits without leading or trailing zeros; never empty.
    let digits: [Character]
    /// Power of ten of the first digit.
    let exponent: Int

    /// Parses `magnitude.description`; nil for zero.
    init?(_ magnitude: Double) {
        guard magnitude.isFinite, magnitude != 0 else { return nil }
        let text = magnitude.description
        let parts = text.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts.first.map(String.init) ?? text
        let exponentPart = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = Array(pieces.first ?? "")
        let fractionPart = pieces.count > 1 ? Array(pieces[1]) : []
        let all = integerPart + fractionPart
        guard let firstNonZero = all.firstIndex(where: { $0 != "0" }) else { return nil }
        let lastNonZero = all.lastIndex(where: { $0 != "0" }) ?? firstNonZero
        digits = Array(all[firstNonZero...lastNonZero])
        exponent = integerPart.count - 1 - firstNonZero + exponentPart
    }

    /// `1e-05`, `1.5e+16`: a point only with more than one digit, at least two exponent digits.
    func scientific() -> String {
        var text = String(digits[0])
        if digits.count > 1 {
            text += "." + String(digits[1...])
        }
        let sign = exponent < 0 ? "-" : "+"
        let magnitude = exponent.magnitude
        let exponentDigits = magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
        return text + "e" + sign + exponentDigits
    }

    /// `0.0001`, `100.0`, `2.5`: always at least one digit after the point.
    func positional() -> String {
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            let zeros = String(repeating: "0", count: integerCount - digits.count)
            return String(digits) + zeros + ".0"
        }
        return String(digits[..<integerCount]) + "." + String(digits[integerCount...])
    }
}
