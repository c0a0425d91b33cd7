#if canImport(Glibc)
    import Glibc
#endif

/// The `math` module.
enum MathModule {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("math")
        m.members["pi"] = .float(Double.pi)
        m.members["e"] = .float(M_E)
        m.members["tau"] = .float(2 * Double.pi)
        m.members["inf"] = .float(.infinity)
        m.members["nan"] = .float(.nan)
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("sqrt", { $0.squareRoot() }, true), ("exp", { Glibc.exp($0) }, false), ("sin", { Glibc.sin($0) }, false),
            ("cos", { Glibc.cos($0) }, false), ("tan", { Glibc.tan($0) }, false), ("tanh", { Glibc.tanh($0) }, false),
            ("fabs", { Swift.abs($0) }, false), ("log10", { Glibc.log10($0) }, true), ("log2", { Glibc.log2($0) }, true),
            ("atan", { Glibc.atan($0) }, false),
        ]
        for (name, f, positiveDomain) in unary {
            m.members[name] = .object(
                BuiltinFunction(name) { args, _ in
                    let x = try number(try Builtins.single(args, name), name)
                    if positiveDomain && (x < 0 || (name != "sqrt" && x == 0)) {
                        throw PythonError(.valueError, "math domain error")
                    }
                    let r = f(x)
                    if r.isInfinite && x.isFinite { throw PythonError(.overflowError, "math range error") }
                    return .float(r)
                })
        }
        m.members["log"] = .object(
            BuiltinFunction("log") { args, _ in
                guard let first = args.positional.first else {
                    throw PythonError(.typeError, "log expected at least 1 argument, got 0")
                }
                // CPython's loghelper: a domain error at or below zero for the base too; NaN passes.
                func logarithm(_ v: Double) throws -> Double {
                    if v <= 0 { throw PythonError(.valueError, "math domain error") }
                    return Glibc.log(v)
                }
                let numerator = try logarithm(try number(first, "log"))
                guard args.positional.count > 1 else { return .float(numerator) }
                let denominator = try logarithm(try number(args.positional[1], "log"))
                guard denominator != 0 else { throw PythonError(.zeroDivisionError, "float division by zero") }
                return .float(numerator / denominator)
            })
        m.members["floor"] = .object(BuiltinFunction("floor") { args, _ in try integral(args, "floor", .down) })
        m.members["ceil"] = .object(BuiltinFunction("ceil") { args, _ in try integral(args, "ceil", .up) })
        m.members["isnan"] = .object(
            BuiltinFunction("isnan") { args, _ in .bool(try number(try Builtins.single(args, "isnan"), "isnan").isNaN) })
        m.members["isinf"] = .object(
            BuiltinFunction("isinf") { args, _ in .bool(try number(try Builtins.single(args, "isinf"), "isinf").isInfinite) })
        m.members["pow"] = .object(
            BuiltinFunction("pow") { args, _ in
                try Builtins.checkPositional(args, "pow", count: 2)
                let (x, y) = (try number(args.positional[0], "pow"), try number(args.positional[1], "pow"))
                let r = Glibc.pow(x, y)
                // CPython's `math_pow_impl`: errors only for finite arguments.
                if x.isFinite && y.isFinite && !r.isFinite {
                    if r.isNaN || x == 0 { throw PythonError(.valueError, "math domain error") }
                    throw PythonError(.overflowError, "math range error")
                }
                return .float(r)
            })
        m.members["isclose"] = .object(
            BuiltinFunction("isclose") { args, _ in
                let r = try ArgumentReader("isclose", args, ["a", "b", "rel_tol", "abs_tol"])
                let a = try number(try r.required("a"), "isclose")
                let b = try number(try r.required("b"), "isclose")
                let rel = try r.double("rel_tol") ?? 1e-9
                let absTol = try r.double("abs_tol") ?? 0
                if a == b { return .bool(true) }
                if a.isInfinite || b.isInfinite { return .bool(false) }
                let diff = Swift.abs(a - b)
                return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absTol)
            })
        addMore(to: m)
        return m
    }

    static func number(_ v: Value, _ name: String) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bigInt(let b): return try IntegerArithmetic.double(b)
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t) where t.numel == 1: return t.element(at: 0).doubleValue
        default: throw PythonError(.typeError, "must be real number, not \(v.typeName)")
        }
    }

    /// `math.floor` / `math.ceil`: ints come back unchanged, however large.
    private static func integral(_ args: Arguments, _ name: String, _ rule: FloatingPointRoundingRule) throws -> Value {
        let v = try Builtins.single(args, name)
        switch v {
        case .int, .bigInt: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default: return try IntegerArithmetic.integer(truncating: try number(v, name).rounded(rule))
        }
    }
}
