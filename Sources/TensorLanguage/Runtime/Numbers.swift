#if canImport(Glibc)
    import Glibc
#endif

/// Python arithmetic on `int`, `float` and `bool`, with CPython's results and messages.
enum Numbers {
    private enum Number {
        case int(Int)
        case float(Double)
    }

    private static func number(_ v: Value) -> Number? {
        switch v {
        case .int(let i): .int(i)
        case .bool(let b): .int(b ? 1 : 0)
        case .float(let d): .float(d)
        default: nil
        }
    }

    /// `a op b` when both are numbers, else nil.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let x = number(a), let y = number(b) else { return nil }
        switch (x, y) {
        case (.int(let i), .int(let j)): return try integer(op, i, j)
        case (.int(let i), .float(let d)): return try floating(op, Double(i), d)
        case (.float(let d), .int(let j)): return try floating(op, d, Double(j))
        case (.float(let d), .float(let e)): return try floating(op, d, e)
        }
    }

    private static func overflow() -> PythonError {
        PythonError(.overflowError, "integer result too large for Wick's 64-bit integers")
    }

    private static func integer(_ op: BinaryOperator, _ i: Int, _ j: Int) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = i.addingReportingOverflow(j)
            if o { throw overflow() }
            return .int(r)
        case .subtract:
            let (r, o) = i.subtractingReportingOverflow(j)
            if o { throw overflow() }
            return .int(r)
        case .multiply:
            let (r, o) = i.multipliedReportingOverflow(by: j)
            if o { throw overflow() }
            return .int(r)
        case .divide:
            if j == 0 { throw PythonError(.zeroDivisionError, "division by zero") }
            return .float(Double(i) / Double(j))
        case .floorDivide:
            if j == 0 { throw PythonError(.zeroDivisionError, "integer division or modulo by zero") }
            if i == .min && j == -1 { throw overflow() }
            let q = i / j
            return .int((i % j != 0) && ((i < 0) != (j < 0)) ? q - 1 : q)
        case .modulo:
            if j == 0 { throw PythonError(.zeroDivisionError, "integer modulo by zero") }
            if j == -1 { return .int(0) }
            let r = i % j
            return .int(r != 0 && ((r < 0) != (j < 0)) ? r + j : r)
        case .power:
            if j < 0 {
                if i == 0 { throw PythonError(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(pow(Double(i), Double(j)))
            }
            return .int(try integerPower(i, j))
        case .leftShift:
            if j < 0 { throw PythonError(.valueError, "negative shift count") }
            if j >= 63 || (i << j) >> j != i {
                if i == 0 { return .int(0) }
                throw overflow()
            }
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

    private static func integerPower(_ base: Int, _ exponent: Int) throws -> Int {
        var result = 1
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { throw overflow() }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { throw overflow() }
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
        case .power:
            if x == 0 && y < 0 { throw PythonError(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            if x < 0 && y.rounded() != y && y.isFinite {
                throw PythonError(.valueError, "complex results are not supported by Wick")
            }
            let r = pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite {
                throw PythonError(.overflowError, "(34, 'Numerical result out of range')")
            }
            return .float(r)
        default: return nil
        }
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
    static func compare(_ a: Value, _ b: Value) -> Int? {
        guard let x = number(a), let y = number(b) else { return nil }
        switch (x, y) {
        case (.int(let i), .int(let j)): return i == j ? 0 : (i < j ? -1 : 1)
        default:
            let p = value(x)
            let q = value(y)
            if p.isNaN || q.isNaN { return 2 }
            return p == q ? 0 : (p < q ? -1 : 1)
        }
    }

    private static func value(_ n: Number) -> Double {
        switch n {
        case .int(let i): Double(i)
        case .float(let d): d
        }
    }
}
