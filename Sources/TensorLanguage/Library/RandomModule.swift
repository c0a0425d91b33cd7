#if canImport(Glibc)
    import Glibc
#endif

/// The `random` module: CPython 3.11's `random.py` over `PythonRandom`.
enum RandomModule {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("random")
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        let generator = PythonRandom(seed: UInt64(bitPattern: Int64(time.tv_sec)) &* 1_000_000_007 &+ UInt64(time.tv_nsec))
        for (name, body) in functions(generator) { m.members[name] = .object(BuiltinFunction(name, body)) }
        return m
    }

    typealias Body = (Arguments, Interpreter) throws -> Value

    private static func functions(_ g: PythonRandom) -> [String: Body] {
        var out: [String: Body] = [
            "seed": { args, i in
                let r = try ArgumentReader("seed", args, ["a", "version"])
                try seed(g, r.value("a") ?? .noneValue, i)
                return .noneValue
            },
            "random": { args, _ in
                try none(args, "random")
                return .float(g.random())
            },
            "getrandbits": { args, _ in
                let k = try Library.integer(try Builtins.single(args, "getrandbits"), function: "getrandbits", argument: "k")
                if k < 0 { throw PythonError(.valueError, "number of bits must be non-negative") }
                if k > 1 << 20 { throw PythonError(.overflowError, "getrandbits() bit count is too large for Wick") }
                return Value.integer(g.randomBits(k))
            },
            "randrange": { args, i in
                let r = try ArgumentReader("randrange", args, ["start", "stop", "step"])
                return try randrange(g, try r.required("start"), r.value("stop"), r.value("step"), i)
            },
            "randint": { args, i in
                let r = try ArgumentReader("randint", args, ["a", "b"])
                let b = try i.binaryOperation(.add, try r.required("b"), .int(1))
                return try randrange(g, try r.required("a"), b, nil, i)
            },
            "uniform": { args, _ in
                let r = try ArgumentReader("uniform", args, ["a", "b"])
                let a = try float(try r.required("a"))
                let b = try float(try r.required("b"))
                return .float(a + (b - a) * g.random())
            },
            "gauss": { args, _ in
                let r = try ArgumentReader("gauss", args, ["mu", "sigma"])
                let mu = try r.value("mu").map(float) ?? 0
                let sigma = try r.value("sigma").map(float) ?? 1
                var z = g.gaussNext
                g.gaussNext = nil
                if z == nil {
                    let x2pi = g.random() * 2 * Double.pi
                    let g2rad = (-2.0 * log(1.0 - g.random())).squareRoot()
                    z = cos(x2pi) * g2rad
                    g.gaussNext = sin(x2pi) * g2rad
                }
                return .float(mu + (z ?? 0) * sigma)
            },
            "normalvariate": { args, _ in
                let r = try ArgumentReader("normalvariate", args, ["mu", "sigma"])
                let mu = try r.value("mu").map(float) ?? 0
                let sigma = try r.value("sigma").map(float) ?? 1
                let magic = 4 * exp(-0.5) / 2.0.squareRoot()
                while true {
                    let u1 = g.random()
                    let u2 = 1.0 - g.random()
                    let z = magic * (u1 - 0.5) / u2
                    if z * z / 4.0 <= -log(u2) { return .float(mu + z * sigma) }
                }
            },
            "expovariate": { args, _ in
                let lambd = try float(try Builtins.single(args, "expovariate"))
                if lambd == 0 { throw PythonError(.zeroDivisionError, "float division by zero") }
                return .float(-log(1.0 - g.random()) / lambd)
            },
        ]
        for (name, body) in sequences(g) { out[name] = body }
        return out
    }

    private static func none(_ args: Arguments, _ name: String) throws {
        if !args.positional.isEmpty || !args.keywords.isEmpty {
            throw PythonError(.typeError, "Random.\(name)() takes no arguments (\(args.positional.count) given)")
        }
    }

    static func float(_ v: Value) throws -> Double {
        guard case .float(let d) = try Builtins.toFloat(v) else { return 0 }
        return d
    }

    static func bigInteger(_ v: Value) -> BigInteger? {
        switch v {
        case .int(let i): BigInteger(i)
        case .bool(let b): BigInteger(b ? 1 : 0)
        case .bigInt(let b): b
        default: nil
        }
    }

    /// `random.seed(a)`: ints by their absolute value, floats by their hash; None from the clock.
    private static func seed(_ g: PythonRandom, _ a: Value, _ interpreter: Interpreter) throws {
        switch a {
        case .noneValue:
            var time = timespec()
            clock_gettime(CLOCK_REALTIME, &time)
            g.seed(words: PythonRandom.words(of: BigInteger(Int(time.tv_nsec) &+ Int(time.tv_sec) &* 1_000_000_000)))
        case .int, .bool, .bigInt:
            g.seed(words: PythonRandom.words(of: bigInteger(a)?.magnitude ?? BigInteger(0)))
        case .float(let d):
            g.seed(words: PythonRandom.words(of: BigInteger(PythonHash.float(d)).magnitude))
        default:
            throw PythonError(
                .typeError,
                "The only supported seed types are: None, int, float (Wick does not hash \(a.typeName) seeds)")
        }
    }

    /// `_randbelow(n)` for n > 0.
    static func below(_ g: PythonRandom, _ n: Value) -> Value {
        guard let b = bigInteger(n) else { return .int(0) }
        return Value.integer(g.below(b))
    }

    private static func index(_ v: Value, _ interpreter: Interpreter) throws -> Value {
        switch v {
        case .int, .bigInt: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d) where d.rounded(.towardZero) == d && d.isFinite:
            return try IntegerArithmetic.integer(truncating: d)
        case .float: throw PythonError(.valueError, "non-integer arg 1 for randrange()")
        default: throw PythonError(.typeError, "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    private static func randrange(_ g: PythonRandom, _ start: Value, _ stop: Value?, _ step: Value?, _ i: Interpreter) throws
        -> Value
    {
        func op(_ o: BinaryOperator, _ a: Value, _ b: Value) throws -> Value { try i.binaryOperation(o, a, b) }
        func positive(_ v: Value) throws -> Bool { try i.truthy(try i.compare(.greater, v, .int(0))) }
        let istart = try index(start, i)
        guard let stop, !stop.isNone else {
            if let step, !(try i.equal(step, .int(1))) { throw PythonError(.typeError, "Missing a non-None stop argument") }
            if try positive(istart) { return below(g, istart) }
            throw PythonError(.valueError, "empty range for randrange()")
        }
        let istop = try index(stop, i)
        let width = try op(.subtract, istop, istart)
        let istep = try index(step ?? .int(1), i)
        if try i.equal(istep, .int(1)) {
            if try positive(width) { return try op(.add, istart, below(g, width)) }
            throw PythonError(
                .valueError, "empty range for randrange() (\(try i.repr(istart)), \(try i.repr(istop)), \(try i.repr(width)))")
        }
        let n: Value
        if try positive(istep) {
            n = try op(.floorDivide, try op(.subtract, try op(.add, width, istep), .int(1)), istep)
        } else if try i.equal(istep, .int(0)) {
            throw PythonError(.valueError, "zero step for randrange()")
        } else {
            n = try op(.floorDivide, try op(.add, try op(.add, width, istep), .int(1)), istep)
        }
        guard try positive(n) else { throw PythonError(.valueError, "empty range for randrange()") }
        return try op(.add, istart, try op(.multiply, istep, below(g, n)))
    }
}
