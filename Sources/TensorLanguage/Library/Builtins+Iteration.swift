/// `iter`, `next`, `map`, `filter`, `zip`, `enumerate`, `reversed`: lazy, as in CPython.
extension LanguageBuiltins {
    nonisolated(unsafe) static let iteration: [String: Builtins.Function] = [
        "iter": { args, interpreter in
            let r = try ArgumentReader("iter", args, ["object", "sentinel"])
            let object = try r.required("object")
            guard let sentinel = r.value("sentinel") else {
                if case .object(let o) = object, o is GeneratorObject || o is IteratorObject { return object }
                return .object(IteratorObject(iteratorName(object), try interpreter.makeIterator(object)))
            }
            guard case .object(let o) = object, o.isCallable else {
                throw PythonError(.typeError, "iter(v, w): v must be callable")
            }
            return .object(
                IteratorObject(
                    "callable_iterator",
                    ClosureIterator { [unowned interpreter] in
                        let v = try interpreter.call(object, Arguments())
                        return try interpreter.equal(v, sentinel) ? nil : v
                    }))
        },
        "next": { args, interpreter in
            guard (1...2).contains(args.positional.count), args.keywords.isEmpty else {
                throw PythonError(.typeError, "next expected at least 1 argument, got \(args.positional.count)")
            }
            let iterator = args.positional[0]
            let fallback = args.positional.count > 1 ? args.positional[1] : nil
            switch iterator {
            case .object(let generator as GeneratorObject):
                do { return try generator.next(interpreter: interpreter) } catch let error as PythonError {
                    guard let fallback, error.exception.exceptionClass === ExceptionClass.stopIteration else { throw error }
                    return fallback
                }
            case .object(let o as IteratorObject):
                if let v = try o.iterator.next() { return v }
                if let fallback { return fallback }
                throw PythonError(ExceptionObject(.stopIteration, args: [], interpreter: interpreter))
            default:
                throw PythonError(.typeError, "'\(iterator.typeName)' object is not an iterator")
            }
        },
        "map": { args, interpreter in
            guard args.keywords.isEmpty else { throw PythonError(.typeError, "map() takes no keyword arguments") }
            guard args.positional.count >= 2 else { throw PythonError(.typeError, "map() must have at least two arguments.") }
            let function = args.positional[0]
            let sources = try args.positional.dropFirst().map { try interpreter.makeIterator($0) }
            return .object(
                IteratorObject(
                    "map",
                    ClosureIterator {
                        var items: [Value] = []
                        for source in sources {
                            guard let v = try source.next() else { return nil }
                            items.append(v)
                        }
                        return try interpreter.call(function, Arguments(items))
                    }))
        },
        "filter": { args, interpreter in
            guard args.keywords.isEmpty else { throw PythonError(.typeError, "filter() takes no keyword arguments") }
            try Builtins.checkPositional(args, "filter", count: 2)
            let function = args.positional[0]
            let source = try interpreter.makeIterator(args.positional[1])
            return .object(
                IteratorObject(
                    "filter",
                    ClosureIterator {
                        while let v = try source.next() {
                            let keep = function.isNone ? v : try interpreter.call(function, Arguments([v]))
                            if try interpreter.truthy(keep) { return v }
                        }
                        return nil
                    }))
        },
        "zip": { args, interpreter in
            var strict = false
            for (key, value) in args.keywords {
                guard key == "strict" else {
                    throw PythonError(.typeError, "zip() got an unexpected keyword argument '\(key)'")
                }
                strict = try interpreter.truthy(value)
            }
            let sources = try args.positional.map { try interpreter.makeIterator($0) }
            return .object(IteratorObject("zip", ZipIterator(sources, strict: strict)))
        },
        "enumerate": { args, interpreter in
            let r = try ArgumentReader("enumerate", args, ["iterable", "start"])
            let source = try interpreter.makeIterator(try r.required("iterable"))
            var index: Value = r.value("start") ?? .int(0)
            return .object(
                IteratorObject(
                    "enumerate",
                    ClosureIterator {
                        guard let v = try source.next() else { return nil }
                        defer { index = (try? interpreter.binaryOperation(.add, index, .int(1))) ?? index }
                        return .tuple([index, v])
                    }))
        },
        "reversed": { args, interpreter in
            let value = try Builtins.single(args, "reversed")
            let name: String
            if case .object(let range as RangeObject) = value {
                return .object(IteratorObject("range_iterator", try range.reversedRange().makeIterator(interpreter: interpreter)))
            }
            switch value {
            case .list: name = "list_reverseiterator"
            case .dict: name = "dict_reversekeyiterator"
            case .tuple, .string, .tensor: name = "reversed"
            default: throw PythonError(.typeError, "'\(value.typeName)' object is not reversible")
            }
            return .object(IteratorObject(name, ArrayIterator(try interpreter.materialize(value).reversed())))
        },
    ]

    /// The type name `iter(x)` reports (`list_iterator`, `range_iterator`, …).
    static func iteratorName(_ value: Value) -> String {
        switch value {
        case .list: "list_iterator"
        case .tuple: "tuple_iterator"
        case .string: "str_ascii_iterator"
        case .dict: "dict_keyiterator"
        case .object(is RangeObject): "range_iterator"
        case .object(let set as SetObject): set.isFrozen ? "set_iterator" : "set_iterator"
        default: "iterator"
        }
    }
}

/// `zip(*iterables, strict=False)`.
final class ZipIterator: ValueIterator {
    private let sources: [ValueIterator]
    private let strict: Bool
    private var done = false
    init(_ sources: [ValueIterator], strict: Bool) {
        self.sources = sources
        self.strict = strict
    }
    func next() throws -> Value? {
        guard !done, !sources.isEmpty else { return nil }
        var items: [Value] = []
        for (i, source) in sources.enumerated() {
            guard let v = try source.next() else {
                done = true
                if strict { try checkStrict(exhausted: i) }
                return nil
            }
            items.append(v)
        }
        return .tuple(items)
    }

    private func checkStrict(exhausted i: Int) throws {
        if i > 0 {
            let plural = i == 1 ? " " : "s 1-"
            throw PythonError(.valueError, "zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
        }
        for (j, source) in sources.enumerated().dropFirst() where try source.next() != nil {
            let plural = j == 1 ? " " : "s 1-"
            throw PythonError(.valueError, "zip() argument \(j + 1) is longer than argument\(plural)\(j)")
        }
    }
}
