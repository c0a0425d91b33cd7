/// The `itertools` module: lazy iterators in CPython's orders.
enum ItertoolsModule {
    typealias Body = (Arguments, Interpreter) throws -> Value

    static func makeModule() -> ModuleObject {
        let m = ModuleObject("itertools")
        for (name, body) in combinatorics.merging(streams) { $1 } {
            m.members[name] = .object(BuiltinFunction(name, body))
        }
        m.members["chain"] = .object(ChainFunction())
        return m
    }

    static func iterator(_ name: String, _ next: @escaping () throws -> Value?) -> Value {
        .object(IteratorObject("itertools.\(name)", ClosureIterator(next)))
    }

    nonisolated(unsafe) static let combinatorics: [String: Body] = [
        "product": { args, i in
            var repeatCount = 1
            for (k, v) in args.keywords {
                guard k == "repeat" else { throw PythonError(.typeError, "product() got an unexpected keyword argument '\(k)'") }
                repeatCount = try Library.integer(v, function: "product", argument: "repeat")
            }
            if repeatCount < 0 { throw PythonError(.valueError, "repeat argument cannot be negative") }
            let pools = try args.positional.map { try i.materialize($0) }
            let all = Array((0..<repeatCount).map { _ in pools }.joined())
            var indices: [Int]? = all.contains(where: \.isEmpty) ? nil : [Int](repeating: 0, count: all.count)
            return iterator("product") {
                guard let current = indices else { return nil }
                let out = Value.tuple(zip(all, current).map { $0[$1] })
                var k = all.count - 1
                var next = current
                while k >= 0 {
                    next[k] += 1
                    if next[k] < all[k].count { break }
                    next[k] = 0
                    k -= 1
                }
                indices = k < 0 ? nil : next
                return out
            }
        },
        "permutations": { args, i in
            let r = try ArgumentReader("permutations", args, ["iterable", "r"])
            let pool = try i.materialize(try r.required("iterable"))
            let length =
                try r.value("r").flatMap { $0.isNone ? nil : try Library.integer($0, function: "permutations", argument: "r") }
                ?? pool.count
            if length < 0 { throw PythonError(.valueError, "r must be non-negative") }
            return iterator("permutations", permutations(pool, length))
        },
        "combinations": { args, i in try combinations(args, i, replacement: false) },
        "combinations_with_replacement": { args, i in try combinations(args, i, replacement: true) },
    ]

    /// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`.
    private static func combinations(_ args: Arguments, _ i: Interpreter, replacement: Bool) throws -> Value {
        let name = replacement ? "combinations_with_replacement" : "combinations"
        let r = try ArgumentReader(name, args, ["iterable", "r"])
        let pool = try i.materialize(try r.required("iterable"))
        let length = try Library.integer(try r.required("r"), function: name, argument: "r")
        if length < 0 { throw PythonError(.valueError, "r must be non-negative") }
        return iterator(name, combinations(pool, length, replacement: replacement))
    }

    /// CPython's `permutations` algorithm (cycles), lexicographic by position.
    private static func permutations(_ pool: [Value], _ r: Int) -> () throws -> Value? {
        let n = pool.count
        var indices = Array(0..<n)
        var cycles = Array(stride(from: n, to: n - r, by: -1))
        var first = true
        var done = r > n
        return {
            if done { return nil }
            if first {
                first = false
                return .tuple(indices.prefix(r).map { pool[$0] })
            }
            var i = r - 1
            while i >= 0 {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let moved = indices.remove(at: i)
                    indices.append(moved)
                    cycles[i] = n - i
                } else {
                    indices.swapAt(i, n - cycles[i])
                    return .tuple(indices.prefix(r).map { pool[$0] })
                }
                i -= 1
            }
            done = true
            return nil
        }
    }

    private static func combinations(_ pool: [Value], _ r: Int, replacement: Bool) -> () throws -> Value? {
        let n = pool.count
        var indices = replacement ? [Int](repeating: 0, count: r) : Array(0..<r)
        var first = true
        var done = replacement ? (n == 0 && r > 0) : r > n
        return {
            if done { return nil }
            if first {
                first = false
                return .tuple(indices.map { pool[$0] })
            }
            var i = r - 1
            while i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r) { i -= 1 }
            guard i >= 0 else {
                done = true
                return nil
            }
            if replacement {
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
            } else {
                indices[i] += 1
                for j in (i + 1)..<max(r, i + 1) { indices[j] = indices[j - 1] + 1 }
            }
            return .tuple(indices.map { pool[$0] })
        }
    }
}

/// `itertools.chain`, which also has `chain.from_iterable`.
final class ChainFunction: PyObject {
    override var typeName: String { "type" }
    override var isCallable: Bool { true }
    override func repr(interpreter: Interpreter) throws -> String { "<class 'itertools.chain'>" }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        Self.chain(ArrayIterator(args.positional), interpreter)
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        guard name == "from_iterable" else { return nil }
        return .object(
            BuiltinFunction("from_iterable") { args, i in
                Self.chain(try i.makeIterator(try Builtins.single(args, "from_iterable")), i)
            })
    }

    static func chain(_ sources: ValueIterator, _ interpreter: Interpreter) -> Value {
        var current: ValueIterator?
        return ItertoolsModule.iterator("chain") {
            while true {
                if let current, let v = try current.next() { return v }
                guard let source = try sources.next() else { return nil }
                current = try interpreter.makeIterator(source)
            }
        }
    }
}
