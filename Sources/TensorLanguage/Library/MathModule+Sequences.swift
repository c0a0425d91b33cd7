#if canImport(Glibc)
    import Glibc
#endif

/// `math.fsum`, `math.prod`, `math.hypot`, `math.dist`.
extension MathModule {
    nonisolated(unsafe) static let sequenceFunctions: [String: (Arguments, Interpreter) throws -> Value] = [
        "fsum": { args, i in
            let values = try i.materialize(try Builtins.single(args, "fsum")).map { try number($0, "fsum") }
            return .float(try fsum(values))
        },
        "prod": { args, i in
            let r = try ArgumentReader("prod", args, ["iterable", "start"])
            var total = r.value("start") ?? .int(1)
            let iterator = try i.makeIterator(try r.required("iterable"))
            while let v = try iterator.next() { total = try i.binaryOperation(.multiply, total, v) }
            return total
        },
        "hypot": { args, _ in
            .float(try args.positional.map { try number($0, "hypot") }.reduce(0.0) { hypot($0, $1) })
        },
        "dist": { args, i in
            try Builtins.checkPositional(args, "dist", count: 2)
            let p = try i.materialize(args.positional[0]).map { try number($0, "dist") }
            let q = try i.materialize(args.positional[1]).map { try number($0, "dist") }
            guard p.count == q.count else {
                throw PythonError(.valueError, "both points must have the same number of dimensions")
            }
            return .float(zip(p, q).reduce(0.0) { hypot($0, $1.0 - $1.1) })
        },
    ]

    /// CPython's `math_fsum`: Shewchuk's exact partials, then a correctly rounded total.
    static func fsum(_ values: [Double]) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0
        var infSum = 0.0
        for value in values {
            var x = value
            if !x.isFinite {
                if x.isInfinite { infSum += x }
                specialSum += x
                continue
            }
            var kept = 0
            for var y in partials {
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[kept] = lo
                    kept += 1
                }
                x = hi
            }
            partials.removeSubrange(kept...)
            if x.isInfinite { throw PythonError(.overflowError, "intermediate overflow in fsum") }
            partials.append(x)
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PythonError(.valueError, "-inf + inf in fsum") }
            return specialSum
        }
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }
}
