import Autograd

/// CPython's wording for format specs that do not fit the value (`Objects/formatter_unicode.c`).
enum FormatSpecMessages {
    static func tooManyDigits() -> PythonError { PythonError(.valueError, "Too many decimal digits in format string") }

    static func cannotGroup(_ separator: Character, _ type: Character) -> PythonError {
        PythonError(.valueError, "Cannot specify '\(separator)' with '\(type)'.")
    }

    static func notAllowed(_ what: String, _ context: String) -> PythonError {
        PythonError(.valueError, "\(what) not allowed \(context)")
    }
}

/// The checks CPython makes before formatting, and floats (`e`, `f`, `g`, `n`, `%`, none) with
/// the `#` and `z` flags.
extension FormatSpec {
    /// `,` and `_` only with decimal and float types (`_` also every four digits in `b`/`o`/`x`).
    func checkGrouping(defaultType: Character?) throws {
        guard let separator = grouping, let t = type ?? defaultType else { return }
        if "deEfFgG%".contains(t) || (separator == "_" && "boxX".contains(t)) { return }
        throw FormatSpecMessages.cannotGroup(separator, t)
    }

    func checkInteger() throws {
        guard type.map({ "eEfFgG%".contains($0) }) != true else { return }
        let context = "in integer format specifier"
        if precision != nil { throw FormatSpecMessages.notAllowed("Precision", context) }
        if coerceZero { throw FormatSpecMessages.notAllowed("Negative zero coercion (z)", context) }
        guard type == "c" else { return }
        if signGiven { throw FormatSpecMessages.notAllowed("Sign", "with integer format specifier 'c'") }
        if alternate { throw FormatSpecMessages.notAllowed("Alternate form (#)", "with integer format specifier 'c'") }
    }

    func checkString() throws {
        if let t = type, t != "s" {
            throw PythonError(.valueError, "Unknown format code '\(t)' for object of type 'str'")
        }
        let context = "in string format specifier"
        if signGiven { throw FormatSpecMessages.notAllowed(sign == " " ? "Space" : "Sign", context) }
        if coerceZero { throw FormatSpecMessages.notAllowed("Negative zero coercion (z)", "in format specifier") }
        if alternate { throw FormatSpecMessages.notAllowed("Alternate form (#)", context) }
        if align == "=" { throw FormatSpecMessages.notAllowed("'=' alignment", context) }
    }

    func formatFloat(_ d: Double) throws -> String {
        let magnitude = abs(d)
        let digits = precision ?? 6
        var body: String
        switch type {
        case "f"?, "F"?: body = pointed(NumberFormat.fixed(magnitude, digits: digits))
        case "e"?, "E"?: body = pointed(NumberFormat.scientific(magnitude, digits: digits))
        case "g"?, "G"?, "n"?: body = general(magnitude, digits: digits)
        case "%"?: body = pointed(NumberFormat.fixed(magnitude * 100, digits: digits)) + "%"
        case nil:
            if let p = precision {
                body = general(magnitude, digits: p).withPythonGeneralDefaults()
            } else {
                body = PythonFloat.repr(magnitude)
            }
        case let t?:
            throw PythonError(.valueError, "Unknown format code '\(t)' for object of type 'float'")
        }
        let negative = d.sign == .minus && !d.isNaN && !(coerceZero && Self.isZero(body))
        if grouping != nil { body = groupFloat(body, signWidth: negative || sign != "-" ? 1 : 0) }
        if type == "E" || type == "G" || type == "F" { body = body.uppercased() }
        return pad(signed(body, negative: negative), numeric: true)
    }

    /// `g`: with `#`, trailing zeros are kept and the point is always written (`'#g'` of 9 is `9.00000`).
    private func general(_ magnitude: Double, digits: Int) -> String {
        guard alternate, magnitude.isFinite else { return NumberFormat.general(magnitude, digits: max(digits, 1)) }
        let significant = max(digits, 1)
        let scientific = NumberFormat.scientific(magnitude, digits: significant - 1)
        let exponent = scientific.split(separator: "e").last.flatMap { Int($0) } ?? 0
        guard exponent >= -4 && exponent < significant else { return pointed(scientific) }
        return pointed(NumberFormat.fixed(magnitude, digits: significant - 1 - exponent))
    }

    /// With `#`, a number without a decimal point gets one (`'#.0f'` of 9 is `9.`, `'#.0e'` is `9.e+00`).
    private func pointed(_ text: String) -> String {
        guard alternate, !text.contains("."), text.first?.isNumber == true else { return text }
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text + "." }
        return text[..<e] + "." + text[e...]
    }

    /// Whether a formatted magnitude is zero (`0.00`, `0e+00`), which `z` prints without a sign.
    private static func isZero(_ body: String) -> Bool {
        body.prefix { $0 != "e" && $0 != "E" && $0 != "%" }.allSatisfy { $0 == "0" || $0 == "." || $0 == "," || $0 == "_" }
    }
}
