import Autograd

/// `divmod`, `pow`, `hash`, `id`, `chr`, `ord`, `bin`, `hex`, `oct`, `format`.
extension LanguageBuiltins {
    nonisolated(unsafe) static let numbers: [String: Builtins.Function] = [
        "divmod": { args, interpreter in
            guard args.positional.count == 2, args.keywords.isEmpty else {
                throw PythonError(.typeError, "divmod expected 2 arguments, got \(args.positional.count)")
            }
            let (a, b) = (args.positional[0], args.positional[1])
            guard a.isRealNumber, b.isRealNumber else {
                throw PythonError(
                    .typeError, "unsupported operand type(s) for divmod(): '\(a.typeName)' and '\(b.typeName)'")
            }
            return .tuple([
                try interpreter.binaryOperation(.floorDivide, a, b), try interpreter.binaryOperation(.modulo, a, b),
            ])
        },
        "pow": { args, interpreter in
            let r = try ArgumentReader("pow", args, ["base", "exp", "mod"])
            let base = try r.required("base")
            let exponent = try r.required("exp")
            guard let modulus = r.value("mod"), !modulus.isNone else {
                return try interpreter.binaryOperation(.power, base, exponent)
            }
            return try modularPower(base, exponent, modulus, interpreter)
        },
        "hash": { args, interpreter in .int(try PythonHash.of(try Builtins.single(args, "hash"), interpreter)) },
        "id": { args, _ in .int(identity(try Builtins.single(args, "id"))) },
        "chr": { args, _ in
            let v = try Builtins.single(args, "chr")
            guard v.isInteger else { throw PythonError(.typeError, "'\(v.typeName)' object cannot be interpreted as an integer") }
            // CPython reads the argument as a C int first, so beyond 32 bits it is an OverflowError.
            guard case .int(let i) = v.asInt, Int32(exactly: i) != nil else {
                throw PythonError(.overflowError, "Python int too large to convert to C int")
            }
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(i, 0))), i >= 0, i < 0x11_0000 else {
                throw PythonError(.valueError, "chr() arg not in range(0x110000)")
            }
            return .string(String(Character(scalar)))
        },
        "ord": { args, _ in
            let v = try Builtins.single(args, "ord")
            guard case .string(let s) = v else {
                throw PythonError(.typeError, "ord() expected string of length 1, but \(v.typeName) found")
            }
            let scalars = s.unicodeScalars
            guard scalars.count == 1, let first = scalars.first else {
                throw PythonError(.typeError, "ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(first.value))
        },
        "bin": { args, interpreter in try radix(args, "bin", "#b", interpreter) },
        "hex": { args, interpreter in try radix(args, "hex", "#x", interpreter) },
        "oct": { args, interpreter in try radix(args, "oct", "#o", interpreter) },
        "format": { args, interpreter in
            let r = try ArgumentReader("format", args, ["value", "format_spec"])
            let spec = r.value("format_spec") ?? .string("")
            guard case .string(let text) = spec else {
                throw PythonError(.typeError, "format() argument 2 must be str, not \(spec.typeName)")
            }
            return .string(try interpreter.format(try r.required("value"), text))
        },
    ]

    private static func radix(_ args: Arguments, _ name: String, _ spec: String, _ interpreter: Interpreter) throws -> Value {
        let v = try Builtins.single(args, name)
        guard v.isInteger else { throw PythonError(.typeError, "'\(v.typeName)' object cannot be interpreted as an integer") }
        return .string(try interpreter.format(v.asInt, spec))
    }

    /// `pow(base, exp, mod)` for ints, with a modular inverse for negative exponents (Python 3.8+).
    private static func modularPower(_ base: Value, _ exponent: Value, _ modulus: Value, _ interpreter: Interpreter) throws
        -> Value
    {
        guard base.isInteger, exponent.isInteger, modulus.isInteger else {
            throw PythonError(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
        }
        func op(_ o: BinaryOperator, _ a: Value, _ b: Value) throws -> Value { try interpreter.binaryOperation(o, a, b) }
        if try interpreter.equal(modulus, .int(0)) { throw PythonError(.valueError, "pow() 3rd argument cannot be 0") }
        var b = try op(.modulo, base.asInt, modulus)
        var e = exponent.asInt
        if try interpreter.truthy(try interpreter.compare(.less, e, .int(0))) {
            b = try inverse(b, modulus, interpreter)
            e = try interpreter.unaryOperation(.minus, e)
        }
        var result = try op(.modulo, .int(1), modulus)
        while try interpreter.truthy(e) {
            if try interpreter.truthy(try op(.bitwiseAnd, e, .int(1))) {
                result = try op(.modulo, try op(.multiply, result, b), modulus)
            }
            b = try op(.modulo, try op(.multiply, b, b), modulus)
            e = try op(.rightShift, e, .int(1))
        }
        return result
    }

    private static func inverse(_ a: Value, _ m: Value, _ interpreter: Interpreter) throws -> Value {
        func op(_ o: BinaryOperator, _ x: Value, _ y: Value) throws -> Value { try interpreter.binaryOperation(o, x, y) }
        var (oldR, r) = (a, m)
        var (oldS, s) = (Value.int(1), Value.int(0))
        while try interpreter.truthy(r) {
            let q = try op(.floorDivide, oldR, r)
            (oldR, r) = (r, try op(.subtract, oldR, try op(.multiply, q, r)))
            (oldS, s) = (s, try op(.subtract, oldS, try op(.multiply, q, s)))
        }
        guard try interpreter.equal(oldR, .int(1)) || interpreter.equal(oldR, .int(-1)) else {
            throw PythonError(.valueError, "base is not invertible for the given modulus")
        }
        if try interpreter.equal(oldR, .int(-1)) { oldS = try interpreter.unaryOperation(.minus, oldS) }
        return try op(.modulo, oldS, m)
    }

    /// `id(x)`: the address of anything with identity; for values Wick keeps unboxed (ints, floats,
    /// strs, tuples) a number derived from the value, outside the range of addresses, so equal
    /// immutable values share an id as CPython's interned ones do.
    static func identity(_ value: Value) -> Int {
        func address(_ o: AnyObject) -> Int { Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))) }
        switch value {
        case .object(let o): return address(o)
        case .tensor(let t): return address(t)
        case .list(let l): return address(l)
        case .dict(let d): return address(d)
        default:
            var hasher = Hasher()
            if let key = try? HashKey(value) {
                hasher.combine(key)
            } else if case .tuple(let items) = value {
                for item in items { hasher.combine(identity(item)) }
            }
            hasher.combine(value.typeName)
            return 1 << 48 | (hasher.finalize() & ((1 << 46) - 1)) << 1
        }
    }
}

extension Value {
    var isInteger: Bool {
        switch self {
        case .int, .bigInt, .bool: true
        default: false
        }
    }

    var isRealNumber: Bool {
        switch self {
        case .int, .bigInt, .bool, .float: true
        default: false
        }
    }

    /// A bool as the int it equals; other values unchanged.
    var asInt: Value {
        if case .bool(let b) = self { return .int(b ? 1 : 0) }
        return self
    }
}
