/// `count`, `islice`, `accumulate`, `repeat`, `cycle`, `zip_longest`, `groupby`, … .
extension ItertoolsModule {
    nonisolated(unsafe) static let streams: [String: Body] = [
        "count": { args, i in
            let r = try ArgumentReader("count", args, ["start", "step"])
            var current = r.value("start") ?? .int(0)
            let step = r.value("step") ?? .int(1)
            return iterator("count") {
                defer { current = (try? i.binaryOperation(.add, current, step)) ?? current }
                return current
            }
        },
        "repeat": { args, i in
            let r = try ArgumentReader("repeat", args, ["object", "times"])
            let object = try r.required("object")
            var remaining = try r.value("times").map { try Library.integer($0, function: "repeat", argument: "times") }
            return iterator("repeat") {
                if let left = remaining {
                    guard left > 0 else { return nil }
                    remaining = left - 1
                }
                return object
            }
        },
        "cycle": { args, i in
            let source = try i.makeIterator(try Builtins.single(args, "cycle"))
            var saved: [Value] = []
            var position: Int?
            return iterator("cycle") {
                if position == nil {
                    if let v = try source.next() {
                        saved.append(v)
                        return v
                    }
                    guard !saved.isEmpty else { return nil }
                    position = 0
                }
                let p = position ?? 0
                position = (p + 1) % saved.count
                return saved[p]
            }
        },
        "islice": { args, i in try islice(args, i) },
        "accumulate": { args, i in
            let r = try ArgumentReader("accumulate", args, ["iterable", "func", "initial"])
            let source = try i.makeIterator(try r.required("iterable"))
            let function = r.value("func").flatMap { $0.isNone ? nil : $0 }
            var total = r.value("initial").flatMap { $0.isNone ? nil : $0 }
            var pendingInitial = total != nil
            return iterator("accumulate") {
                if pendingInitial {
                    pendingInitial = false
                    return total
                }
                guard let v = try source.next() else { return nil }
                if let t = total {
                    total = try function.map { try i.call($0, Arguments([t, v])) } ?? i.binaryOperation(.add, t, v)
                } else {
                    total = v
                }
                return total
            }
        },
        "zip_longest": { args, i in
            var fill = Value.noneValue
            for (k, v) in args.keywords {
                guard k == "fillvalue" else {
                    throw PythonError(.typeError, "zip_longest() got an unexpected keyword argument '\(k)'")
                }
                fill = v
            }
            let sources = try args.positional.map { try i.makeIterator($0) }
            var active = [Bool](repeating: true, count: sources.count)
            return iterator("zip_longest") {
                guard active.contains(true) else { return nil }
                var items: [Value] = []
                for (k, source) in sources.enumerated() {
                    if active[k], let v = try source.next() {
                        items.append(v)
                    } else {
                        active[k] = false
                        items.append(fill)
                    }
                }
                return active.contains(true) ? .tuple(items) : nil
            }
        },
        "starmap": { args, i in
            try Builtins.checkPositional(args, "starmap", count: 2)
            let function = args.positional[0]
            let source = try i.makeIterator(args.positional[1])
            return iterator("starmap") {
                guard let v = try source.next() else { return nil }
                return try i.call(function, Arguments(try i.materialize(v)))
            }
        },
        "takewhile": { args, i in try whileIterator(args, i, take: true) },
        "dropwhile": { args, i in try whileIterator(args, i, take: false) },
        "filterfalse": { args, i in
            try Builtins.checkPositional(args, "filterfalse", count: 2)
            let function = args.positional[0]
            let source = try i.makeIterator(args.positional[1])
            return iterator("filterfalse") {
                while let v = try source.next() {
                    let test = function.isNone ? v : try i.call(function, Arguments([v]))
                    if try !i.truthy(test) { return v }
                }
                return nil
            }
        },
        "pairwise": { args, i in
            let source = try i.makeIterator(try Builtins.single(args, "pairwise"))
            var previous = try source.next()
            return iterator("pairwise") {
                guard let a = previous, let b = try source.next() else { return nil }
                previous = b
                return .tuple([a, b])
            }
        },
        "groupby": { args, i in
            let r = try ArgumentReader("groupby", args, ["iterable", "key"])
            let items = try i.materialize(try r.required("iterable"))
            let key = r.value("key").flatMap { $0.isNone ? nil : $0 }
            var position = 0
            return iterator("groupby") {
                guard position < items.count else { return nil }
                let groupKey = try key.map { try i.call($0, Arguments([items[position]])) } ?? items[position]
                var group: [Value] = []
                while position < items.count {
                    let k = try key.map { try i.call($0, Arguments([items[position]])) } ?? items[position]
                    guard try i.equal(k, groupKey) else { break }
                    group.append(items[position])
                    position += 1
                }
                return .tuple([groupKey, .object(IteratorObject("itertools._grouper", ArrayIterator(group)))])
            }
        },
    ]

    private static func whileIterator(_ args: Arguments, _ i: Interpreter, take: Bool) throws -> Value {
        let name = take ? "takewhile" : "dropwhile"
        try Builtins.checkPositional(args, name, count: 2)
        let predicate = args.positional[0]
        let source = try i.makeIterator(args.positional[1])
        var switched = false
        return iterator(name) {
            while let v = try source.next() {
                if switched { return take ? nil : v }
                let holds = try i.truthy(try i.call(predicate, Arguments([v])))
                if take {
                    if holds { return v }
                    switched = true
                    return nil
                }
                if !holds {
                    switched = true
                    return v
                }
            }
            return nil
        }
    }

    /// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
    private static func islice(_ args: Arguments, _ i: Interpreter) throws -> Value {
        guard (2...4).contains(args.positional.count) else {
            throw PythonError(.typeError, "islice expected at most 4 arguments, got \(args.positional.count)")
        }
        func bound(_ v: Value, _ what: String) throws -> Int? {
            if v.isNone { return nil }
            guard case .int(let n) = v.asInt, n >= 0 else {
                throw PythonError(
                    .valueError,
                    "\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            }
            return n
        }
        let source = try i.makeIterator(args.positional[0])
        let p = Array(args.positional.dropFirst())
        let start = p.count == 1 ? 0 : try bound(p[0], "Indices") ?? 0
        let stop = try bound(p.count == 1 ? p[0] : p[1], p.count == 1 ? "Stop" : "Indices")
        let step = p.count == 3 ? try bound(p[2], "Step") ?? 1 : 1
        if step == 0 { throw PythonError(.valueError, "Step for islice() must be a positive integer or None.") }
        var nextIndex = start
        var position = 0
        return iterator("islice") {
            while true {
                if let stop, nextIndex >= stop { return nil }
                guard let v = try source.next() else { return nil }
                defer { position += 1 }
                if position == nextIndex {
                    nextIndex += step
                    return v
                }
            }
        }
    }
}
