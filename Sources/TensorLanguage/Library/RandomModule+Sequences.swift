#if canImport(Glibc)
    import Glibc
#endif

/// `choice`, `choices`, `shuffle`, `sample`, as `random.py` draws them.
extension RandomModule {
    static func sequences(_ g: PythonRandom) -> [String: Body] {
        [
            "choice": { args, i in
                let seq = try Builtins.single(args, "choice")
                let items = try sequence(seq, i)
                guard !items.isEmpty else { throw PythonError(.indexError, "Cannot choose from an empty sequence") }
                return items[g.below(items.count)]
            },
            "choices": { args, i in try choices(g, args, i) },
            "shuffle": { args, _ in
                let x = try Builtins.single(args, "shuffle")
                guard case .list(let list) = x else {
                    throw PythonError(.typeError, "'\(x.typeName)' object does not support item assignment")
                }
                var i = list.items.count - 1
                while i >= 1 {
                    let j = g.below(i + 1)
                    list.items.swapAt(i, j)
                    i -= 1
                }
                return .noneValue
            },
            "sample": { args, i in
                let r = try ArgumentReader("sample", args, ["population", "k", "counts"])
                let population = try r.required("population")
                if case .object(let o) = population, o is SetObject {
                    throw PythonError(.typeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
                }
                if case .dict = population {
                    throw PythonError(.typeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
                }
                if let counts = r.value("counts"), !counts.isNone {
                    throw PythonError(.notImplementedError, "random.sample(counts=...) is not supported by Wick")
                }
                let items = try sequence(population, i)
                let k = try Library.integer(try r.required("k"), function: "sample", argument: "k")
                return .list(ListBox(try sample(g, items, k)))
            },
        ]
    }

    /// The items of a sequence (`list`, `tuple`, `str`, `range`).
    private static func sequence(_ v: Value, _ interpreter: Interpreter) throws -> [Value] {
        switch v {
        case .list, .tuple, .string: return try interpreter.materialize(v)
        case .object(let o) where o is RangeObject || o is SizeObject: return try interpreter.materialize(v)
        default: throw PythonError(.typeError, "object of type '\(v.typeName)' has no len()")
        }
    }

    private static func sample(_ g: PythonRandom, _ population: [Value], _ k: Int) throws -> [Value] {
        let n = population.count
        guard k >= 0 && k <= n else { throw PythonError(.valueError, "Sample larger than population or is negative") }
        var result: [Value] = []
        result.reserveCapacity(k)
        var setSize = 21
        if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
        if n <= setSize {
            var pool = population
            for i in 0..<k {
                let j = g.below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected: Set<Int> = []
            for _ in 0..<k {
                var j = g.below(n)
                while selected.contains(j) { j = g.below(n) }
                selected.insert(j)
                result.append(population[j])
            }
        }
        return result
    }

    private static func choices(_ g: PythonRandom, _ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader("choices", args, ["population", "weights", "cum_weights", "k"])
        let population = try sequence(try r.required("population"), interpreter)
        let k = try r.value("k").map { try Library.integer($0, function: "choices", argument: "k") } ?? 1
        let n = population.count
        var cumulative: [Double]
        if let cum = r.value("cum_weights"), !cum.isNone {
            if let w = r.value("weights"), !w.isNone {
                throw PythonError(.typeError, "Cannot specify both weights and cumulative weights")
            }
            cumulative = try interpreter.materialize(cum).map(float)
        } else if let weights = r.value("weights"), !weights.isNone {
            var total = 0.0
            cumulative = try interpreter.materialize(weights).map { w in
                total += try float(w)
                return total
            }
        } else {
            guard n > 0 else { throw PythonError(.indexError, "list index out of range") }
            return .list(ListBox((0..<max(k, 0)).map { _ in population[Int(floor(g.random() * Double(n)))] }))
        }
        guard cumulative.count == n else {
            throw PythonError(.valueError, "The number of weights does not match the population")
        }
        guard let total = cumulative.last, total > 0, total.isFinite else {
            throw PythonError(
                .valueError, n == 0 ? "Total of weights must be greater than zero" : "Total of weights must be finite")
        }
        return .list(
            ListBox(
                (0..<max(k, 0)).map { _ in
                    let x = g.random() * total
                    var lo = 0
                    var hi = n - 1
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if x < cumulative[mid] { hi = mid } else { lo = mid + 1 }
                    }
                    return population[lo]
                }))
    }
}
