/// The methods and operators `Counter`, `OrderedDict` and `defaultdict` add to a dict.
enum Counting {
    private typealias Body = (Arguments, Interpreter) throws -> Value

    static func method(_ dict: DictBox, _ name: String) -> Value? {
        let body: Body?
        switch dict.flavor {
        case .counter: body = counterMethod(dict, name)
        case .ordered: body = orderedMethod(dict, name)
        case .defaultDict, nil: body = nil
        }
        return body.map { .object(BuiltinFunction(name, $0)) }
    }

    /// Items by count, largest first; equal counts keep insertion order (`most_common`).
    static func mostCommon(_ dict: DictBox, _ interpreter: Interpreter) throws -> [(Value, Value)] {
        let items = Array(zip(dict.keys, dict.values))
        let order = try interpreter.sorted(
            items.indices.map { .int($0) },
            key: .object(
                BuiltinFunction("count") { args, _ in
                    guard case .int(let i) = args.positional.first ?? .noneValue else { return .noneValue }
                    return items[i].1
                }), reverse: true)
        return order.compactMap { if case .int(let i) = $0 { items[i] } else { nil } }
    }

    /// `Counter.update` / `subtract`: counts an iterable, or adds a mapping's counts.
    static func count(_ source: Value, into dict: DictBox, sign: Int, _ interpreter: Interpreter) throws {
        func add(_ key: Value, _ amount: Value) throws {
            let current = try dict.get(key) ?? .int(0)
            let delta = sign > 0 ? amount : try interpreter.unaryOperation(.minus, amount)
            try dict.set(key, try interpreter.binaryOperation(.add, current, delta))
        }
        if case .dict(let other) = source {
            for (k, v) in zip(other.keys, other.values) { try add(k, v) }
            return
        }
        let iterator = try interpreter.makeIterator(source)
        while let v = try iterator.next() { try add(v, .int(1)) }
    }

    private static func counterMethod(_ dict: DictBox, _ name: String) -> Body? {
        switch name {
        case "most_common":
            return { args, i in
                var items = try mostCommon(dict, i)
                if let n = args.positional.first, !n.isNone {
                    items = Array(items.prefix(max(0, try Library.integer(n, function: "most_common", argument: "n"))))
                }
                return .list(ListBox(items.map { .tuple([$0.0, $0.1]) }))
            }
        case "elements":
            return { _, i in
                var out: [Value] = []
                for (k, v) in zip(dict.keys, dict.values) {
                    guard case .int(let n) = v.asInt, n > 0 else { continue }
                    try i.reserveRoom(out.count + n)
                    out += repeatElement(k, count: n)
                }
                return .object(IteratorObject("itertools.chain", ArrayIterator(out)))
            }
        case "update", "subtract":
            return { args, i in
                for source in args.positional { try count(source, into: dict, sign: name == "update" ? 1 : -1, i) }
                for (k, v) in args.keywords {
                    try count(.dict(try keywordDict([(k, v)])), into: dict, sign: name == "update" ? 1 : -1, i)
                }
                return .noneValue
            }
        case "total":
            return { _, i in try dict.values.reduce(Value.int(0)) { try i.binaryOperation(.add, $0, $1) } }
        default: return nil
        }
    }

    static func keywordDict(_ keywords: [(name: String, value: Value)]) throws -> DictBox {
        let d = DictBox()
        for (k, v) in keywords { try d.set(.string(k), v) }
        return d
    }

    private static func orderedMethod(_ dict: DictBox, _ name: String) -> Body? {
        switch name {
        case "move_to_end":
            return { args, i in
                let r = try ArgumentReader("move_to_end", args, ["key", "last"])
                let key = try r.required("key")
                guard let value = try dict.get(key) else {
                    throw PythonError(ExceptionObject(.keyError, args: [key], interpreter: i))
                }
                _ = try dict.remove(key)
                if try r.bool("last", default: true) {
                    try dict.set(key, value)
                } else {
                    let rest = Array(zip(dict.keys, dict.values))
                    _ = dict.takeAll()
                    try dict.set(key, value)
                    for (k, v) in rest { try dict.set(k, v) }
                }
                return .noneValue
            }
        case "popitem":
            return { args, i in
                let r = try ArgumentReader("popitem", args, ["last"])
                let last = try r.bool("last", default: true)
                guard let key = last ? dict.keys.last : dict.keys.first, let value = try dict.get(key) else {
                    throw PythonError(.keyError, "'dictionary is empty'")
                }
                _ = try dict.remove(key)
                return .tuple([key, value])
            }
        default: return nil
        }
    }

    /// `Counter` arithmetic: `+ - | &` keep only positive counts, as `collections.py` does.
    static func operation(_ op: BinaryOperator, _ a: Value, _ b: Value, _ i: Interpreter) throws -> Value? {
        guard case .dict(let x) = a, case .dict(let y) = b, case .counter = x.flavor, case .counter = y.flavor else {
            return nil
        }
        let out = DictBox()
        out.flavor = .counter
        func positive(_ v: Value) throws -> Bool { try i.truthy(try i.compare(.greater, v, .int(0))) }
        func other(_ k: Value) throws -> Value { try y.get(k) ?? .int(0) }
        switch op {
        case .add, .subtract:
            for (k, v) in zip(x.keys, x.values) {
                let n = try i.binaryOperation(op, v, try other(k))
                if try positive(n) { try out.set(k, n) }
            }
            for (k, v) in zip(y.keys, y.values) where try x.get(k) == nil {
                let n = op == .add ? v : try i.unaryOperation(.minus, v)
                if try positive(n) { try out.set(k, n) }
            }
        case .bitwiseOr:
            for (k, v) in zip(x.keys, x.values) {
                let w = try other(k)
                let n = try i.truthy(try i.compare(.less, v, w)) ? w : v
                if try positive(n) { try out.set(k, n) }
            }
            for (k, v) in zip(y.keys, y.values) where try x.get(k) == nil && positive(v) { try out.set(k, v) }
        case .bitwiseAnd:
            for (k, v) in zip(x.keys, x.values) {
                let w = try other(k)
                let n = try i.truthy(try i.compare(.less, w, v)) ? w : v
                if try positive(n) { try out.set(k, n) }
            }
        default: return nil
        }
        return .dict(out)
    }
}
