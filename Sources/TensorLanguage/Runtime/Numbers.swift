#if canImport(Glibc)
    import Glibc
#endif

/// Python arithmetic on `int`, `float` and `bool`, with CPython's results and messages.
///
/// Ints that fit in `Int` take the fast path; results that overflow it are recomputed
/// with `BigInteger` (`IntegerArithmetic`).
enum Numbers {
    private enum Number {
        case int(Int)
        case big(BigInteger)
        case float(Double)
    }

    private static func number(_ v: Value) -> Number? {
        switch v {
        case .int(let i): .int(i)
        case .bigInt(let b): .big(b)
        case .bool(let b): .int(b ? 1 : 0)
        case .float(let d): .float(d)
        default: nil
        }
    }

    /// `a op b` when both are numbers, else nil.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let x = number(a), let y = number(b) else { return nil }
        switch (x, y) {
        case (.int(let i), .int(let j)):
            if let result = try integer(op, i, j) { return result }
            return try IntegerArithmetic.binary(op, BigInteger(i), BigInteger(j))
        case (.float(let d), .float(let e)): return try floating(op, d, e)
        case (.float(let d), _): return try floating(op, d, try double(y))
        case (_, .float(let e)): return try floating(op, try double(x), e)
        default: return try IntegerArithmetic.binary(op, big(x), big(y))
        }
    }

    private static func double(_ n: Number) throws -> Double {
        switch n {
        case .int(let i): Double(i)
        case .big(let b): try IntegerArithmetic.double(b)
        case .float(let d): d
        }
    }

    private static func big(_ n: Number) -> BigInteger {
        switch n {
        case .int(let i): BigInteger(i)
        case .big(let b): b
        case .float: .zero
        }
    }

    /// The `Int` fast path; nil when the exact result needs a big integer (or `@`, which ints lack).
    private static func integer(_ op: BinaryOperator, _ i: Int, _ j: Int) throws -> Value? {
        switch op {
        case .add: return exact(i.addingReportingOverflow(j))
        case .subtract: return exact(i.subtractingReportingOverflow(j))
        case .multiply: return exact(i.multipliedReportingOverflow(by: j))
        case .divide:
            // Both exact as doubles, so one IEEE division rounds correctly.
            guard i.magnitude <= 1 << 53 && j.magnitude <= 1 << 53 else { return nil }
            if j == 0 { throw PythonError(.zeroDivisionError, "division by zero") }
            return .float(Double(i) / Double(j))
        case .floorDivide:
            if j == 0 { throw PythonError(.zeroDivisionError, "integer division or modulo by zero") }
            if i == .min && j == -1 { return nil }
            let q = i / j
            return .int((i % j != 0) && ((i < 0) != (j < 0)) ? q - 1 : q)
        case .modulo:
            if j == 0 { throw PythonError(.zeroDivisionError, "integer modulo by zero") }
            if j == -1 { return .int(0) }
            let r = i % j
            return .int(r != 0 && ((r < 0) != (j < 0)) ? r + j : r)
        case .power:
            if j < 0 { return .float(try floatPower(Double(i), Double(j))) }
            return integerPower(i, j).map { .int($0) }
        case .leftShift:
            if j < 0 { throw PythonError(.valueError, "negative shift count") }
            if j >= 63 || (i << j) >> j != i { return i == 0 ? .int(0) : nil }
            return .int(i << j)
        case .rightShift:
            if j < 0 { throw PythonError(.valueError, "negative shift count") }
            return .int(j >= 64 ? (i < 0 ? -1 : 0) : i >> j)
        case .bitwiseAnd: return .int(i & j)
        case .bitwiseOr: return .int(i | j)
        case .bitwiseXor: return .int(i ^ j)
        case .matrixMultiply: return nil
        }
    }

    private static func exact(_ result: (partialValue: Int, overflow: Bool)) -> Value? {
        result.overflow ? nil : .int(result.partialValue)
    }

    /// `base ** exponent` for a non-negative exponent, or nil when it overflows `Int`.
    private static func integerPower(_ base: Int, _ exponent: Int) -> Int? {
        var result = 1
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { return nil }
                b = sq
            }
        }
        return result
    }

    private static func floating(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            if y == 0 { throw PythonError(.zeroDivisionError, "float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw PythonError(.zeroDivisionError, "float floor division by zero") }
            return .float(floorDivide(x, y))
        case .modulo:
            if y == 0 { throw PythonError(.zeroDivisionError, "float modulo") }
            return .float(modulo(x, y))
        case .power: return .float(try floatPower(x, y))
        default: return nil
        }
    }

    /// `x ** y` on floats, with CPython's errors.
    static func floatPower(_ x: Double, _ y: Double) throws -> Double {
        if x == 0 && y < 0 { throw PythonError(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
        if x < 0 && x.isFinite && y.rounded() != y && y.isFinite {
            throw PythonError(.valueError, "complex results are not supported by Wick")
        }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw PythonError(.overflowError, "(34, 'Numerical result out of range')")
        }
        return r
    }

    /// Python's float `%`: the result takes the divisor's sign.
    static func modulo(_ x: Double, _ y: Double) -> Double {
        var m = fmod(x, y)
        if m != 0 {
            if (y < 0) != (m < 0) { m += y }
        } else {
            m = copysign(0, y)
        }
        return m
    }

    static func floorDivide(_ x: Double, _ y: Double) -> Double {
        let m = fmod(x, y)
        var div = (x - m) / y
        if m != 0 && ((y < 0) != (m < 0)) { div -= 1 }
        if div != 0 {
            var floorDiv = div.rounded(.down)
            if div - floorDiv > 0.5 { floorDiv += 1 }
            return floorDiv
        }
        return copysign(0, x / y)
    }

    /// -1, 0, 1 for ordered numbers, 2 for unordered (NaN); nil when not both numbers.
    ///
    /// Ints and floats compare exactly, as in CPython (`2**53 + 1 > 2.0**53`).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        guard let x = number(a), let y = number(b) else { return nil }
        switch (x, y) {
        case (.int(let i), .int(let j)): return i == j ? 0 : (i < j ? -1 : 1)
        case (.float(let d), .float(let e)):
            if d.isNaN || e.isNaN { return 2 }
            return d == e ? 0 : (d < e ? -1 : 1)
        case (.float(let d), _): return compare(y, d).map { -$0 } ?? 2
        case (_, .float(let e)): return compare(x, e) ?? 2
        default: return big(x).compare(big(y))
        }
    }

    /// An int against a float, exactly; nil when the float is NaN.
    private static func compare(_ n: Number, _ d: Double) -> Int? {
        if case .int(let i) = n, i.magnitude <= 1 << 53 {
            // Both exact as doubles.
            if d.isNaN { return nil }
            let x = Double(i)
            return x == d ? 0 : (x < d ? -1 : 1)
        }
        return big(n).compare(to: d)
    }
}
