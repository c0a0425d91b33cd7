import Autograd

#if canImport(Glibc)
    import Glibc
#endif

/// The rest of `math`: inverse and hyperbolic functions, integer functions, `fsum`, `prod`, `erf`, `lgamma`.
extension MathModule {
    static func addMore(to m: ModuleObject) {
        let unary: [(String, (Double) -> Double)] = [
            ("asin", asin), ("acos", acos), ("sinh", sinh), ("cosh", cosh), ("asinh", asinh), ("acosh", acosh),
            ("atanh", atanh), ("expm1", expm1), ("log1p", log1p), ("cbrt", cbrt), ("exp2", exp2), ("erf", erf),
            ("erfc", erfc), ("degrees", { $0 * 180 / Double.pi }),
            ("radians", { $0 * Double.pi / 180 }),
        ]
        for (name, f) in unary {
            m.members[name] = function(name) { args, _ in
                let x = try number(try Builtins.single(args, name), name)
                return .float(try checked(f(x), x, name))
            }
        }
        let binary: [(String, (Double, Double) -> Double)] = [
            ("atan2", atan2), ("copysign", copysign), ("fmod", fmod), ("remainder", remainder),
            ("nextafter", nextafter),
        ]
        for (name, f) in binary {
            m.members[name] = function(name) { args, _ in
                try Builtins.checkPositional(args, name, count: 2)
                let x = try number(args.positional[0], name)
                let y = try number(args.positional[1], name)
                // CPython's `math_2`: a NaN from numbers that are not NaN is a domain error
                // (`fmod(x, 0)`, `remainder(inf, 1)`).
                let r = f(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw PythonError(.valueError, "math domain error") }
                return .float(r)
            }
        }
        m.members["gamma"] = function("gamma") { args, _ in
            .float(try LanczosGamma.gamma(try number(try Builtins.single(args, "gamma"), "gamma")))
        }
        m.members["lgamma"] = function("lgamma") { args, _ in
            .float(try LanczosGamma.logGamma(try number(try Builtins.single(args, "lgamma"), "lgamma")))
        }
        for (name, body) in integerFunctions { m.members[name] = function(name, body) }
        for (name, body) in sequenceFunctions { m.members[name] = function(name, body) }
    }

    private static func function(_ name: String, _ body: @escaping (Arguments, Interpreter) throws -> Value) -> Value {
        .object(BuiltinFunction(name, body))
    }

    /// CPython's errors: NaN from a number is a domain error, infinity from a finite one a range error.
    private static func checked(_ r: Double, _ x: Double, _ name: String) throws -> Double {
        if r.isNaN && !x.isNaN { throw PythonError(.valueError, "math domain error") }
        if r.isInfinite && x.isFinite {
            if name == "atanh" && abs(x) == 1 {
                throw PythonError(.valueError, "math domain error")
            }
            throw PythonError(.overflowError, "math range error")
        }
        return r
    }

    /// An int argument: floats are refused, as CPython 3.10+ does.
    static func integer(_ v: Value) throws -> Value {
        switch v {
        case .int, .bigInt: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw PythonError(.typeError, "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    nonisolated(unsafe) private static let integerFunctions: [String: (Arguments, Interpreter) throws -> Value] = [
        "factorial": { args, i in
            let n = try integer(try Builtins.single(args, "factorial"))
            if try i.truthy(try i.compare(.less, n, .int(0))) {
                throw PythonError(.valueError, "factorial() not defined for negative values")
            }
            guard case .int(let count) = n else {
                throw PythonError(.overflowError, "factorial() argument should not exceed \(Int.max)")
            }
            guard count <= 20_000 else { throw PythonError(.overflowError, "factorial() argument is too large for Wick") }
            var result = Value.int(1)
            var k = 2
            while k <= count {
                result = try i.binaryOperation(.multiply, result, .int(k))
                k += 1
            }
            return result
        },
        "comb": { args, i in try combinatorial(args, i, "comb") },
        "perm": { args, i in try combinatorial(args, i, "perm") },
        "gcd": { args, i in
            var g = Value.int(0)
            for v in args.positional { g = try gcd(g, try integer(v), i) }
            return g
        },
        "lcm": { args, i in
            var l = Value.int(1)
            for v in args.positional {
                let n = try i.unaryOperation(.plus, try integer(v))
                if try !i.truthy(n) { return .int(0) }
                let g = try gcd(l, n, i)
                l = try absolute(try i.binaryOperation(.floorDivide, try i.binaryOperation(.multiply, l, n), g), i)
            }
            return l
        },
        "isqrt": { args, i in
            let n = try integer(try Builtins.single(args, "isqrt"))
            if try i.truthy(try i.compare(.less, n, .int(0))) {
                throw PythonError(.valueError, "isqrt() argument must be nonnegative")
            }
            // Newton's method on Python ints, from a float estimate.
            guard try i.truthy(n) else { return .int(0) }
            var x = try IntegerArithmetic.integer(truncating: (try number(n, "isqrt")).squareRoot() + 1)
            while true {
                let y = try i.binaryOperation(
                    .floorDivide, try i.binaryOperation(.add, x, try i.binaryOperation(.floorDivide, n, x)), .int(2))
                if try !i.truthy(try i.compare(.less, y, x)) { break }
                x = y
            }
            while try i.truthy(try i.compare(.greater, try i.binaryOperation(.multiply, x, x), n)) {
                x = try i.binaryOperation(.subtract, x, .int(1))
            }
            return x
        },
        "trunc": { args, _ in
            let v = try Builtins.single(args, "trunc")
            if v.isInteger { return v.asInt }
            return try IntegerArithmetic.integer(truncating: try number(v, "trunc").rounded(.towardZero))
        },
        "isfinite": { args, _ in .bool(try number(try Builtins.single(args, "isfinite"), "isfinite").isFinite) },
        "modf": { args, _ in
            let x = try number(try Builtins.single(args, "modf"), "modf")
            if x.isInfinite { return .tuple([.float(copysign(0, x)), .float(x)]) }
            let whole = x.rounded(.towardZero)
            return .tuple([.float(copysign(x - whole, x)), .float(whole)])
        },
        "frexp": { args, _ in
            let x = try number(try Builtins.single(args, "frexp"), "frexp")
            var e: Int32 = 0
            let m = frexp(x, &e)
            return .tuple([.float(m), .int(Int(e))])
        },
        "ldexp": { args, _ in
            try Builtins.checkPositional(args, "ldexp", count: 2)
            let x = try number(args.positional[0], "ldexp")
            let e = try Library.integer(try integer(args.positional[1]), function: "ldexp", argument: "i")
            let r = scalbn(x, Int32(clamping: e))
            if r.isInfinite && x.isFinite { throw PythonError(.overflowError, "math range error") }
            return .float(r)
        },
    ]

    private static func absolute(_ v: Value, _ i: Interpreter) throws -> Value {
        try i.truthy(try i.compare(.less, v, .int(0))) ? try i.unaryOperation(.minus, v) : v
    }

    private static func gcd(_ a: Value, _ b: Value, _ i: Interpreter) throws -> Value {
        var (x, y) = (try absolute(a, i), try absolute(b, i))
        while try i.truthy(y) { (x, y) = (y, try i.binaryOperation(.modulo, x, y)) }
        return x
    }

    /// `math.comb(n, k)` and `math.perm(n, k)` for ints of any size, as CPython's `perm_comb`:
    /// `comb(2**64, 2**64 - 1)` takes the smaller of k and n - k; a k beyond 64 bits is its
    /// `OverflowError`, and `perm(n)` is `factorial(n)`.
    private static func combinatorial(_ args: Arguments, _ i: Interpreter, _ name: String) throws -> Value {
        guard (name == "perm" ? 1...2 : 2...2).contains(args.positional.count) else {
            throw PythonError(.typeError, "\(name) expected 2 arguments, got \(args.positional.count)")
        }
        let n = try integer(args.positional[0])
        guard let given = args.positional.dropFirst().first, name == "comb" || !given.isNone else {
            return try integerFunctions["factorial"]?(Arguments([n]), i) ?? .noneValue
        }
        var k = try integer(given)
        if try i.truthy(try i.compare(.less, n, .int(0))) { throw PythonError(.valueError, "n must be a non-negative integer") }
        if try i.truthy(try i.compare(.less, k, .int(0))) { throw PythonError(.valueError, "k must be a non-negative integer") }
        if try i.truthy(try i.compare(.greater, k, n)) { return .int(0) }
        if name == "comb" {
            let rest = try i.binaryOperation(.subtract, n, k)
            if try i.truthy(try i.compare(.less, rest, k)) { k = rest }
        }
        guard case .int(let steps) = k else {
            let what = name == "comb" ? "min(n - k, k)" : "k"
            throw PythonError(.overflowError, "\(what) must not exceed \(Int.max)")
        }
        var result = Value.int(1)
        for j in 0..<steps {
            try Interruption.check()
            result = try i.binaryOperation(.multiply, result, try i.binaryOperation(.subtract, n, .int(j)))
            if name == "comb" { result = try i.binaryOperation(.floorDivide, result, .int(j + 1)) }
        }
        return result
    }
}
