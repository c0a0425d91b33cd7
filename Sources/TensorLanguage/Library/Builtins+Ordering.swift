/// `sorted`, `list.sort`, `min`, `max`: CPython's stable sort and its `key`/`reverse`/`default`.
extension LanguageBuiltins {
    nonisolated(unsafe) static let ordering: [String: Builtins.Function] = [
        "sorted": { args, interpreter in
            guard args.positional.count == 1 else {
                throw PythonError(.typeError, "sorted expected 1 argument, got \(args.positional.count)")
            }
            let items = try interpreter.materialize(args.positional[0])
            let (key, reverse) = try sortOptions(Arguments([], keywords: args.keywords), "sort", interpreter)
            return .list(ListBox(try interpreter.sorted(items, key: key, reverse: reverse)))
        },
        "min": { args, interpreter in try extreme(args, interpreter, .less, "min") },
        "max": { args, interpreter in try extreme(args, interpreter, .greater, "max") },
    ]

    /// The `key=` and `reverse=` keywords of `sorted`/`list.sort` (keyword-only).
    static func sortOptions(_ args: Arguments, _ name: String, _ interpreter: Interpreter) throws -> (Value?, Bool) {
        if !args.positional.isEmpty { throw PythonError(.typeError, "\(name)() takes no positional arguments") }
        var key: Value?
        var reverse = false
        for (k, v) in args.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "reverse": reverse = try interpreter.truthy(v)
            default: throw PythonError(.typeError, "'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        return (key, reverse)
    }

    private static func extreme(_ args: Arguments, _ interpreter: Interpreter, _ op: ComparisonOperator, _ name: String) throws
        -> Value
    {
        var key: Value?
        var fallback: Value?
        for (k, v) in args.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "default": fallback = v
            default: throw PythonError(.typeError, "'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        let items: [Value]
        switch args.positional.count {
        case 0: throw PythonError(.typeError, "\(name) expected at least 1 argument, got 0")
        case 1: items = try interpreter.materialize(args.positional[0])
        default:
            if fallback != nil {
                throw PythonError(
                    .typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args.positional
        }
        guard var best = items.first else {
            if let fallback { return fallback }
            throw PythonError(.valueError, "\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try interpreter.call($0, Arguments([best])) } ?? best
        for (i, v) in items.dropFirst().enumerated() {
            if i & 0xFFFF == 0xFFFF { try interpreter.pollInterrupt() }
            let k = try key.map { try interpreter.call($0, Arguments([v])) } ?? v
            if try interpreter.truthy(try interpreter.compare(op, k, bestKey)) {
                best = v
                bestKey = k
            }
        }
        return best
    }
}

extension Interpreter {
    /// A stable sort by `<` on the keys; `reverse` keeps equal items in their original order, as CPython does.
    func sorted(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
        var keyed = try items.map { item in (item, try key.map { try call($0, Arguments([item])) } ?? item) }
        if reverse { keyed.reverse() }
        var failure: Error?
        var comparisons = 0
        // Swift's `sort` is stable.
        keyed.sort { a, b in
            // After a failure (or Ctrl-C) the sort runs on without comparing anything.
            guard failure == nil else { return false }
            comparisons &+= 1
            do {
                if comparisons & 0xFFFF == 0 { try pollInterrupt() }
                return try truthy(try compare(.less, a.1, b.1))
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        if reverse { keyed.reverse() }
        return keyed.map(\.0)
    }
}
