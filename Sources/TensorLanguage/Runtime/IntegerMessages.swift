/// CPython's and PyTorch's wording for the errors of Python `int`, in one place.
enum IntegerMessages {
    /// CPython's default `sys.get_int_max_str_digits()`.
    static let maximumStringDigits = 4300

    static func tooLargeForFloat() -> PythonError {
        PythonError(.overflowError, "int too large to convert to float")
    }

    static func quotientTooLargeForFloat() -> PythonError {
        PythonError(.overflowError, "integer division result too large for a float")
    }

    /// Wick's own limit; CPython would try and run out of memory or time.
    static func resultTooLarge() -> PythonError {
        PythonError(
            .overflowError, "integer result too large: Wick limits ints to \(IntegerArithmetic.maximumBitWidth) bits")
    }

    static func tooLargeForLong() -> PythonError {
        PythonError(.overflowError, "Python int too large to convert to C long")
    }

    static func tooLargeForSize() -> PythonError {
        PythonError(.overflowError, "Python int too large to convert to C ssize_t")
    }

    static func tooLargeForIndex(_ kind: ExceptionClass = .overflowError) -> PythonError {
        PythonError(kind, "cannot fit 'int' into an index-sized integer")
    }

    static func negativeShift() -> PythonError { PythonError(.valueError, "negative shift count") }

    static func strTooLong() -> PythonError {
        PythonError(
            .valueError,
            "Exceeds the limit (\(maximumStringDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )
    }

    static func parsedTooLong(digits: Int) -> PythonError {
        PythonError(
            .valueError,
            "Exceeds the limit (\(maximumStringDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit"
        )
    }

    static func invalidLiteral(_ text: String, base: Int = 10) -> PythonError {
        PythonError(.valueError, "invalid literal for int() with base \(base): \(StringRepr.quote(text))")
    }

    static func badBase() -> PythonError { PythonError(.valueError, "int() base must be >= 2 and <= 36, or 0") }

    static func baseWithoutString() -> PythonError {
        PythonError(.typeError, "int() can't convert non-string with explicit base")
    }

    static func floatNotFinite(_ value: Double) -> PythonError {
        value.isNaN
            ? PythonError(.valueError, "cannot convert float NaN to integer")
            : PythonError(.overflowError, "cannot convert float infinity to integer")
    }
}
