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
            case .string(let s): return .int(s.unicodeScalars.count)
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
            case .object(let o) where o.hasHeapType:
                if let n = try interpreter.userLength(v) { return .int(n) }
                if v.hasPayload { return try interpreter.call(try interpreter.builtin("len"), Arguments([v.payloadOrSelf])) }
                throw PythonError(.typeError, "object of type '\(v.typeName)' has no len()")
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
        "range": { args, _ in .object(try RangeObject.make(args.positional)) },
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
        "abs": { args, interpreter in
            let value = try single(args, "abs")
            if value.isUserObject {
                if let r = try interpreter.callUserMethod(value, "__abs__") { return r }
                if value.hasPayload {
                    return try interpreter.call(try interpreter.builtin("abs"), Arguments([value.payloadOrSelf]))
                }
            }
            switch value {
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
    ]

    /// CPython's `_PyArg_CheckPositional` for a fixed count: `divmod expected 2 arguments, got 3`.
    static func checkPositional(_ args: Arguments, _ name: String, count: Int) throws {
        guard args.positional.count == count else {
            let noun = count == 1 ? "argument" : "arguments"
            throw PythonError(.typeError, "\(name) expected \(count) \(noun), got \(args.positional.count)")
        }
    }

    static func single(_ args: Arguments, _ name: String) throws -> Value {
        guard args.positional.count == 1, args.keywords.isEmpty else {
            throw PythonError(.typeError, "\(name)() takes exactly one argument (\(args.positional.count) given)")
        }
        return args.positional[0]
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

}
