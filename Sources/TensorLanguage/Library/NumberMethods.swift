/// Methods and attributes of `int`, `bool`, `float` and `tuple` values (`(5).bit_length()`,
/// `(0.75).as_integer_ratio()`, `(1, 2).index(2)`).
enum NumberMethods {
    static func attribute(_ value: Value, _ name: String) -> Value? {
        switch value {
        case .int(let i): return integer(BigInteger(i), value, name)
        case .bigInt(let b): return integer(b, value, name)
        case .bool(let b): return integer(BigInteger(b ? 1 : 0), .int(b ? 1 : 0), name)
        case .float(let d): return float(d, name)
        case .tuple(let items): return TupleMethods.method(items, name)
        default: return nil
        }
    }

    private static func method(_ name: String, of type: String = "int", _ body: @escaping () throws -> Value) -> Value {
        .object(
            BuiltinFunction(name) { args, _ in
                guard args.positional.isEmpty && args.keywords.isEmpty else {
                    throw PythonError(
                        .typeError, "\(type).\(name)() takes no arguments (\(args.positional.count) given)")
                }
                return try body()
            })
    }

    private static func integer(_ b: BigInteger, _ asInt: Value, _ name: String) -> Value? {
        switch name {
        case "bit_length": return method(name) { .int(b.bitWidth) }
        case "bit_count":
            return method(name) { .int(b.limbs.reduce(0) { $0 + $1.nonzeroBitCount }) }
        case "conjugate": return method(name) { asInt }
        case "as_integer_ratio": return method(name) { .tuple([asInt, .int(1)]) }
        case "real", "numerator": return asInt
        case "imag": return .int(0)
        case "denominator": return .int(1)
        default: return nil
        }
    }

    private static func float(_ d: Double, _ name: String) -> Value? {
        switch name {
        case "is_integer": return method(name, of: "float") { .bool(d.isFinite && d.rounded() == d) }
        case "as_integer_ratio": return method(name, of: "float") { try ratio(d) }
        case "conjugate": return method(name, of: "float") { .float(d) }
        case "real": return .float(d)
        case "imag": return .float(0)
        default: return nil
        }
    }

    /// `float.as_integer_ratio()`: the exact fraction in lowest terms, with a positive denominator.
    private static func ratio(_ d: Double) throws -> Value {
        if d.isNaN { throw PythonError(.valueError, "cannot convert NaN to integer ratio") }
        if d.isInfinite { throw PythonError(.overflowError, "cannot convert Infinity to integer ratio") }
        guard d != 0 else { return .tuple([.int(0), .int(1)]) }
        // d = mantissa * 2^exponent with an odd 53-bit-or-less mantissa.
        var mantissa = Int(d.significandBitPattern | (d.isNormal ? 1 << 52 : 0))
        var exponent = Int(d.exponent) - 52
        if !d.isNormal { exponent = -1074 }
        let shift = mantissa.trailingZeroBitCount
        mantissa >>= shift
        exponent += shift
        let signed = BigInteger(d < 0 ? -mantissa : mantissa)
        guard exponent < 0 else {
            return .tuple([Value.integer(signed.shiftedLeft(by: exponent)), .int(1)])
        }
        return .tuple([Value.integer(signed), Value.integer(BigInteger.one.shiftedLeft(by: -exponent))])
    }
}

/// `tuple.index(x[, start[, stop]])` and `tuple.count(x)`.
enum TupleMethods {
    static func method(_ items: [Value], _ name: String) -> Value? {
        switch name {
        case "count":
            return .object(
                BuiltinFunction(name) { args, i in
                    let target = try Builtins.single(args, name)
                    return .int(try items.filter { try i.identical($0, target) || i.equal($0, target) }.count)
                })
        case "index":
            return .object(
                BuiltinFunction(name) { args, i in
                    guard (1...3).contains(args.positional.count) else {
                        throw PythonError(.typeError, "index expected at least 1 argument, got \(args.positional.count)")
                    }
                    let target = args.positional[0]
                    func bound(_ at: Int, _ fallback: Int) throws -> Int {
                        guard at < args.positional.count, let n = try SliceObject.integer(args.positional[at]) else {
                            return fallback
                        }
                        return n < 0 ? max(0, n + items.count) : min(n, items.count)
                    }
                    let (start, stop) = (try bound(1, 0), try bound(2, items.count))
                    for k in start..<max(start, stop) where try i.identical(items[k], target) || i.equal(items[k], target) {
                        return .int(k)
                    }
                    throw PythonError(.valueError, "tuple.index(x): x not in tuple")
                })
        default: return nil
        }
    }
}
