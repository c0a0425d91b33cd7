#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Correctly rounded C-style number formatting, spelled the way Python spells it.
///
/// Python's `format(x, ".4f")` equals C `printf("%.4f")` with correct rounding,
/// which glibc provides. The only difference is non-finite values: glibc may
/// write `-nan`, Python never does, so those are handled here before printf.
public enum NumberFormat {
    /// Largest precision printf takes (an `int`); callers that take a precision from a user check
    /// the memory its text needs first, as `format(x, '.2000f')` is 2,002 characters in Python.
    public static let maxDigits = Int(Int32.max)

    /// `%.{digits}f`: fixed notation with exactly `digits` fraction digits (`0` gives no point).
    public static func fixed(_ value: Double, digits: Int) -> String {
        if let special = nonFinite(value) { return special }
        return cFormat(value, conversion: "f", digits: digits)
    }

    /// `%.{digits}e`: one digit, point, `digits` digits, `e`, sign and at least two exponent digits.
    public static func scientific(_ value: Double, digits: Int) -> String {
        if let special = nonFinite(value) { return special }
        return cFormat(value, conversion: "e", digits: digits)
    }

    /// `%.{digits}g`: C's general format (trailing zeros removed, no alternate form).
    public static func general(_ value: Double, digits: Int) -> String {
        if let special = nonFinite(value) { return special }
        return cFormat(value, conversion: "g", digits: digits)
    }

    /// Right-aligns `text` in `width` columns; longer text is returned unchanged, never cut.
    public static func padLeft(_ text: String, toWidth width: Int) -> String {
        let length = text.unicodeScalars.count
        guard length < width else { return text }
        return String(repeating: " ", count: width - length) + text
    }

    /// Python's spelling of NaN and the infinities, or nil for finite values.
    ///
    /// NaN is always `nan`: Python drops the sign bit that glibc would print.
    static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return nil
    }

    /// Runs glibc `vsnprintf` for one finite double with the given conversion letter.
    private static func cFormat(_ value: Double, conversion: Character, digits: Int) -> String {
        let precision = min(max(digits, 0), maxDigits)
        let format = "%.\(precision)\(conversion)"
        // Most results fit; the rare huge `%f` (e.g. 1e300) gets a second, exact-size pass.
        let first = render(value, format: format, capacity: 128)
        if let text = first.text { return text }
        return render(value, format: format, capacity: first.needed + 1).text ?? ""
    }

    /// One vsnprintf call into a buffer of `capacity` bytes.
    ///
    /// Returns the text when it fitted, plus the length printf asked for.
    private static func render(
        _ value: Double, format: String, capacity: Int
    ) -> (text: String?, needed: Int) {
        var buffer = [CChar](repeating: 0, count: max(capacity, 1))
        let written = buffer.withUnsafeMutableBufferPointer { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            let count = withVaList([value]) { args in
                vsnprintf(base, raw.count, format, args)
            }
            return Int(count)
        }
        guard written >= 0 else { return ("", 0) }
        guard written < buffer.count else { return (nil, written) }
        let bytes = buffer[0..<written].map { UInt8(bitPattern: $0) }
        return (String(decoding: bytes, as: UTF8.self), written)
    }
}
