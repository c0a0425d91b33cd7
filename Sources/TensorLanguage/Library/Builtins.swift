import Autograd

#if canImport(Glibc)
    import Glibc
#endif

/// Python's built-in functions and types.
enum Builtins {
    typealias Function = (Arguments, Interpreter) throws -> Value

    nonisolated(unsafe) static let functions: [String: Function] = [
        "print": { args, interpreter in
            var sep = " "
            var end = "\n"
            var flush = false
            for (key, value) in args.keywords {
                switch key {
                case "sep": sep = value.isNone ? " " : try interpreter.str(value)
                case "end": end = value.isNone ? "\n" : try interpreter.str(value)
                case "flush": flush = try interpreter.truthy(value)
                case "file": break
                default: throw PythonError(.typeError, "'\(key)' is an invalid keyword argument for print()")
                }
            }
            interpreter.write(try args.positional.map { try interpreter.str($0) }.joined(separator: sep) + end)
            if flush { interpreter.flush() }
            try interpreter.checkOutputStreams()
            return .noneValue
        },
        "len": { args, interpreter in
            let v = try single(args, "len")
            switch v {
            case .string(let s): return .int(s.count)
            case .list(let l): return .int(l.items.count)
            case .tuple(let t): return .int(t.count)
            case .dict(let d): return .int(d.count)
            case .tensor(let t):
                guard let first = t.shape.first else { throw PythonError(.typeError, "len() of a 0-d tensor") }
                return .int(first)
            case .object(let r as RangeObject):
                guard let length = r.exactLength else { throw IntegerMessages.tooLargeForSize() }
                return .int(length)
            case .object(let o as SizedObject): return .int(o.length)
            default: throw PythonError(.typeError, "object of type '\(v.typeName)' has no len()")
            }
        },
        "help": { args, interpreter in
            guard let value = args.positional.first else {
                interpreter.write("Type help(torch.ones) or torch.ones? for help on a function.\n")
                return .noneValue
            }
            interpreter.write(Help.text(for: value, interpreter: interpreter))
            return .noneValue
        },
        "repr": { args, interpreter in .string(try interpreter.repr(try single(args, "repr"))) },
        "type": { args, _ in
            let v = try single(args, "type")
            if case .object(let o) = v, let node = o as? NodeObject { return .object(TypeObject(node.node.typeName)) }
            return .object(TypeObject(v.qualifiedTypeName))
        },
        "isinstance": { args, interpreter in
            guard args.positional.count == 2 else {
                throw PythonError(.typeError, "isinstance expected 2 arguments, got \(args.positional.count)")
            }
            return .bool(try isInstance(args.positional[0], args.positional[1]))
        },
        "range": { args, _ in
            let ints = try args.positional.map {
                if case .bigInt = $0 { throw IntegerMessages.tooLargeForSize() }
                return try Library.integer($0, function: "range", argument: "range")
            }
            switch ints.count {
            case 1: return .object(RangeObject(start: 0, stop: ints[0], step: 1))
            case 2: return .object(RangeObject(start: ints[0], stop: ints[1], step: 1))
            case 3:
                guard ints[2] != 0 else { throw PythonError(.valueError, "range() arg 3 must not be zero") }
                return .object(RangeObject(start: ints[0], stop: ints[1], step: ints[2]))
            default: throw PythonError(.typeError, "range expected at most 3 arguments, got \(ints.count)")
            }
        },
        "enumerate": { args, interpreter in
            let r = try ArgumentReader("enumerate", args, ["iterable", "start"])
            let items = try interpreter.materialize(try r.required("iterable"))
            // CPython counts in big ints past the 64-bit range (`enumerate(xs, start=2**63 - 1)`).
            let start: BigInteger =
                if case .bigInt(let b) = r.value("start") { b } else { BigInteger(try r.int("start") ?? 0) }
            let small = start.intValue ?? 0
            let counted: [Value] = items.enumerated().map { offset, item in
                let (sum, overflow) = small.addingReportingOverflow(offset)
                let index = start.intValue != nil && !overflow ? .int(sum) : Value.integer(start + BigInteger(offset))
                return .tuple([index, item])
            }
            return .object(IteratorObject("enumerate", ArrayIterator(counted)))
        },
        "zip": { args, interpreter in
            let lists = try args.positional.map { try interpreter.materialize($0) }
            let n = lists.map(\.count).min() ?? 0
            return .object(IteratorObject("zip", ArrayIterator((0..<n).map { i in .tuple(lists.map { $0[i] }) })))
        },
        "reversed": { args, interpreter in
            .object(
                IteratorObject("reversed", ArrayIterator(try interpreter.materialize(try single(args, "reversed")).reversed())))
        },
        "iter": { args, interpreter in .object(IteratorObject("iterator", try interpreter.makeIterator(try single(args, "iter"))))
        },
        "next": { args, interpreter in
            guard let first = args.positional.first, case .object(let o) = first else {
                throw PythonError(.typeError, "object is not an iterator")
            }
            if let v = try o.makeIterator(interpreter: interpreter).next() { return v }
            if args.positional.count > 1 { return args.positional[1] }
            throw PythonError(.stopIteration, "")
        },
        "sorted": { args, interpreter in
            let r = try ArgumentReader("sorted", args, ["iterable", "key", "reverse"])
            var items = try interpreter.materialize(try r.required("iterable"))
            let key = r.value("key")
            var keyed = try items.map { item in (item, try key.map { k in try interpreter.call(k, Arguments([item])) } ?? item) }
            var failure: Error?
            var comparisons = 0
            keyed.sort { a, b in
                // After a failure (or Ctrl-C) the sort runs on without comparing anything.
                guard failure == nil else { return false }
                comparisons &+= 1
                do {
                    if comparisons & 0xFFFF == 0 { try interpreter.pollInterrupt() }
                    return try interpreter.truthy(try interpreter.compare(.less, a.1, b.1))
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            items = keyed.map(\.0)
            if try r.bool("reverse", default: false) { items.reverse() }
            return .list(ListBox(items))
        },
        "sum": { args, interpreter in
            let r = try ArgumentReader("sum", args, ["iterable", "start"])
            var total = r.value("start") ?? .int(0)
            let iterator = try interpreter.makeIterator(try r.required("iterable"))
            var count = 0
            while let v = try iterator.next() {
                count &+= 1
                if count & 0xFFFF == 0 { try interpreter.pollInterrupt() }
                total = try interpreter.binaryOperation(.add, total, v)
            }
            return total
        },
        "min": { args, interpreter in try extreme(args, interpreter, .less, "min") },
        "max": { args, interpreter in try extreme(args, interpreter, .greater, "max") },
        "abs": { args, _ in
            switch try single(args, "abs") {
            case .int(let i): return .integer(BigInteger(negative: false, magnitude: UInt64(i.magnitude)))
            case .bigInt(let b): return .integer(b.magnitude)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .tensor(let t):
                guard let op = Tensor.unaryOperation(named: "abs") else {
                    throw PythonError(.notImplementedError, "abs() of a tensor is not supported yet")
                }
                return .tensor(try op(t))
            case let v: throw PythonError(.typeError, "bad operand type for abs(): '\(v.typeName)'")
            }
        },
        "round": { args, interpreter in
            let r = try ArgumentReader("round", args, ["number", "ndigits"])
            let v = try r.required("number")
            // CPython clamps ndigits to the C range (`PyNumber_AsSsize_t(…, NULL)`): huge is ±infinite.
            let digits: Int? =
                if case .bigInt(let b) = r.value("ndigits") { b.isNegative ? .min : .max } else { try r.int("ndigits") }
            switch v {
            case .int(let i):
                guard let digits, digits < 0 else { return v }
                return IntegerArithmetic.round(BigInteger(i), digits: digits)
            case .bigInt(let b): return IntegerArithmetic.round(b, digits: digits ?? 0)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                guard let digits else { return try IntegerArithmetic.integer(truncating: d.rounded(.toNearestOrEven)) }
                return .float(try roundDigits(d, digits))
            case .tensor(let t) where t.numel == 1: return .float(try roundDigits(t.element(at: 0).doubleValue, digits ?? 0))
            default: throw PythonError(.typeError, "type \(v.typeName) doesn't define __round__ method")
            }
        },
        "hasattr": { args, interpreter in
            guard args.positional.count == 2, case .string(let name) = args.positional[1] else {
                throw PythonError(.typeError, "hasattr expected 2 arguments")
            }
            return .bool((try? interpreter.getAttribute(args.positional[0], name)) != nil)
        },
        "getattr": { args, interpreter in
            guard args.positional.count >= 2, case .string(let name) = args.positional[1] else {
                throw PythonError(.typeError, "getattr expected at least 2 arguments")
            }
            do { return try interpreter.getAttribute(args.positional[0], name) } catch let e as PythonError {
                if args.positional.count > 2 { return args.positional[2] }
                throw e
            }
        },
        "any": { args, interpreter in
            let iterator = try interpreter.makeIterator(try single(args, "any"))
            var count = 0
            while let v = try iterator.next() {
                if try interpreter.truthy(v) { return .bool(true) }
                count &+= 1
                if count & 0xFFFF == 0 { try interpreter.pollInterrupt() }
            }
            return .bool(false)
        },
        "all": { args, interpreter in
            let iterator = try interpreter.makeIterator(try single(args, "all"))
            var count = 0
            while let v = try iterator.next() {
                if try !interpreter.truthy(v) { return .bool(false) }
                count &+= 1
                if count & 0xFFFF == 0 { try interpreter.pollInterrupt() }
            }
            return .bool(true)
        },
        "callable": { args, _ in
            if case .object(let o) = try single(args, "callable") { return .bool(o.isCallable) }
            return .bool(false)
        },
        "id": { args, _ in
            switch try single(args, "id") {
            case .object(let o): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))))
            case .tensor(let t): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(t))))
            default: return .int(0)
            }
        },
    ]

    static func single(_ args: Arguments, _ name: String) throws -> Value {
        guard args.positional.count == 1, args.keywords.isEmpty else {
            throw PythonError(.typeError, "\(name)() takes exactly one argument (\(args.positional.count) given)")
        }
        return args.positional[0]
    }

    private static func extreme(_ args: Arguments, _ interpreter: Interpreter, _ op: ComparisonOperator, _ name: String) throws
        -> Value
    {
        if let unknown = args.keywords.first(where: { $0.name != "key" && $0.name != "default" }) {
            throw PythonError(.typeError, "'\(unknown.name)' is an invalid keyword argument for \(name)()")
        }
        guard !args.positional.isEmpty else {
            throw PythonError(.typeError, "\(name) expected at least 1 argument, got 0")
        }
        let fallback = args.keywords.first { $0.name == "default" }?.value
        if fallback != nil && args.positional.count > 1 {
            throw PythonError(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        let items = args.positional.count == 1 ? try interpreter.materialize(args.positional[0]) : args.positional
        guard var best = items.first else {
            if let fallback { return fallback }
            throw PythonError(.valueError, "\(name)() arg is an empty sequence")
        }
        var key = args.keywords.first { $0.name == "key" }?.value
        if case .noneValue? = key { key = nil }
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

    /// CPython's `float.__round__`: beyond 323 digits a double is unchanged, below -308 it rounds to a
    /// signed zero (the same bounds as `NDIGITS_MAX`/`NDIGITS_MIN` in `floatobject.c`).
    private static func roundDigits(_ d: Double, _ digits: Int) throws -> Double {
        guard d.isFinite else { return d }
        if digits > 323 { return d }
        if digits < -308 { return 0.0 * d }
        let text = NumberFormat.fixed(d, digits: max(0, digits))
        if digits >= 0 { return Double(text) ?? d }
        let scale = pow(10.0, Double(-digits))
        let rounded = (d / scale).rounded(.toNearestOrEven) * scale
        guard rounded.isFinite else { throw PythonError(.overflowError, "rounded value too large to represent") }
        return rounded
    }

    static func isInstance(_ value: Value, _ spec: Value) throws -> Bool {
        if case .tuple(let options) = spec { return try options.contains { try isInstance(value, $0) } }
        guard case .object(let o) = spec else {
            throw PythonError(.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        if let cls = o as? ExceptionClass {
            if case .object(let e as ExceptionObject) = value { return e.exceptionClass.isSubclass(of: cls) }
            return false
        }
        guard let type = o as? TypeObject else {
            throw PythonError(.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        switch (type.name, value) {
        case ("int", .bool), ("object", _): return true
        case ("float", .float), ("int", .int), ("int", .bigInt), ("bool", .bool), ("str", .string), ("list", .list),
            ("tuple", .tuple), ("dict", .dict), ("torch.Tensor", .tensor):
            return true
        case ("tuple", .object(let s)): return s is SizeObject || s is NamedTupleObject
        default: return value.qualifiedTypeName == type.name
        }
    }
}
