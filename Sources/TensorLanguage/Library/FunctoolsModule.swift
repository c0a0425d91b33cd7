/// The `functools` module: `reduce`, `partial`, `lru_cache`/`cache`, `wraps`, `cmp_to_key`.
enum FunctoolsModule {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("functools")
        m.members["reduce"] = .object(BuiltinFunction("reduce", reduce))
        m.members["partial"] = .object(
            PyType.register("functools.partial") { args, _ in
                guard let function = args.positional.first else {
                    throw PythonError(.typeError, "type 'partial' takes at least one argument")
                }
                guard case .object(let o) = function, o.isCallable else {
                    throw PythonError(.typeError, "the first argument must be callable")
                }
                return .object(PartialObject(function, Array(args.positional.dropFirst()), args.keywords))
            })
        m.members["lru_cache"] = .object(
            BuiltinFunction("lru_cache") { args, _ in
                // `@lru_cache` bare, or `@lru_cache(maxsize=…)` returning the decorator.
                if let first = args.positional.first, case .object(let o) = first, o.isCallable {
                    return .object(CachedFunction(first))
                }
                return .object(
                    BuiltinFunction("decorating_function") { inner, _ in
                        .object(CachedFunction(try Builtins.single(inner, "lru_cache")))
                    })
            })
        m.members["cache"] = .object(
            BuiltinFunction("cache") { args, _ in .object(CachedFunction(try Builtins.single(args, "cache"))) })
        m.members["wraps"] = .object(
            BuiltinFunction("wraps") { args, _ in
                let wrapped = try Builtins.single(args, "wraps")
                return .object(
                    BuiltinFunction("decorator") { inner, interpreter in
                        let wrapper = try Builtins.single(inner, "decorator")
                        try copyMetadata(from: wrapped, to: wrapper, interpreter)
                        return wrapper
                    })
            })
        return m
    }

    /// `functools.update_wrapper`: the wrapper takes the wrapped function's name, qualified name,
    /// docstring, module and `__dict__`, and remembers it as `__wrapped__`.
    private static func copyMetadata(from wrapped: Value, to wrapper: Value, _ interpreter: Interpreter) throws {
        for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
            if let value = try interpreter.getAttributeIfPresent(wrapped, name) {
                try interpreter.setAttribute(wrapper, name, value)
            }
        }
        if case .object(let source as FunctionObject) = wrapped, case .object(let target as FunctionObject) = wrapper {
            for (k, v) in zip(source.attributes.keys, source.attributes.values) where try target.attributes.get(k) == nil {
                try target.attributes.set(k, v)
            }
        }
        try interpreter.setAttribute(wrapper, "__wrapped__", wrapped)
    }

    /// `reduce(function, iterable[, initial])`.
    private static func reduce(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        guard (2...3).contains(args.positional.count) else {
            throw PythonError(.typeError, "reduce expected at least 2 arguments, got \(args.positional.count)")
        }
        let function = args.positional[0]
        let iterator = try interpreter.makeIterator(args.positional[1])
        var total = args.positional.count > 2 ? args.positional[2] : try iterator.next()
        guard var accumulated = total else {
            throw PythonError(.typeError, "reduce() of empty iterable with no initial value")
        }
        while let v = try iterator.next() {
            try interpreter.pollInterrupt()
            accumulated = try interpreter.call(function, Arguments([accumulated, v]))
        }
        total = accumulated
        return accumulated
    }
}

/// `functools.partial(f, *args, **keywords)`.
final class PartialObject: PyObject {
    let function: Value
    let arguments: [Value]
    let keywords: [(name: String, value: Value)]

    init(_ function: Value, _ arguments: [Value], _ keywords: [(name: String, value: Value)]) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    override var typeName: String { "functools.partial" }
    override var isCallable: Bool { true }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        var merged = keywords.filter { k in !args.keywords.contains { $0.name == k.name } }
        merged += args.keywords
        return try interpreter.call(function, Arguments(arguments + args.positional, keywords: merged))
    }

    override func repr(interpreter: Interpreter) throws -> String {
        var parts = [try interpreter.repr(function)]
        parts += try arguments.map { try interpreter.repr($0) }
        parts += try keywords.map { "\($0.name)=\(try interpreter.repr($0.value))" }
        return "functools.partial(\(parts.joined(separator: ", ")))"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .tuple(arguments)
        case "keywords":
            let d = DictBox()
            for (k, v) in keywords { try d.set(.string(k), v) }
            return .dict(d)
        default: return nil
        }
    }
}

/// `functools.lru_cache(maxsize=None)` / `functools.cache`: results by their (hashable) arguments.
final class CachedFunction: PyObject {
    let function: Value
    private let cache = DictBox()
    private var hits = 0
    private var misses = 0

    init(_ function: Value) { self.function = function }

    override var typeName: String { "functools._lru_cache_wrapper" }
    override var isCallable: Bool { true }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        var key = args.positional
        for (k, v) in args.keywords { key += [.string(k), v] }
        if let cached = try cache.get(.tuple(key)) {
            hits += 1
            return cached
        }
        misses += 1
        let result = try interpreter.call(function, args)
        try cache.set(.tuple(key), result)
        return result
    }

    override func repr(interpreter: Interpreter) throws -> String { try interpreter.repr(function) }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "cache_clear":
            return .object(
                BuiltinFunction("cache_clear") { _, _ in
                    _ = self.cache.takeAll()
                    self.hits = 0
                    self.misses = 0
                    return .noneValue
                })
        case "cache_info":
            return .object(
                BuiltinFunction("cache_info") { _, _ in
                    .object(
                        NamedTupleObject(
                            name: "CacheInfo", fields: ["hits", "misses", "maxsize", "currsize"],
                            values: [.int(self.hits), .int(self.misses), .noneValue, .int(self.cache.count)]))
                })
        case "__wrapped__": return function
        default: return nil
        }
    }
}
