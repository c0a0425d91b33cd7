/// The `collections` module: `defaultdict`, `OrderedDict`, `Counter` (dicts with a flavour) and
/// `namedtuple`.
enum CollectionsModule {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("collections")
        m.members["defaultdict"] = .object(
            PyType.register("collections.defaultdict", base: .dict) { args, i in
                var rest = args
                let factory = rest.positional.isEmpty ? Value.noneValue : rest.positional.removeFirst()
                if case .object(let o) = factory, !o.isCallable {
                    throw PythonError(.typeError, "first argument must be callable or None")
                }
                if !factory.isNone, case .object = factory {
                } else if !factory.isNone {
                    throw PythonError(.typeError, "first argument must be callable or None")
                }
                let d = try filled(rest, "defaultdict", i)
                d.flavor = .defaultDict(factory: factory)
                return .dict(d)
            })
        m.members["OrderedDict"] = .object(
            PyType.register("collections.OrderedDict", base: .dict) { args, i in
                let d = try filled(args, "OrderedDict", i)
                d.flavor = .ordered
                return .dict(d)
            })
        m.members["Counter"] = .object(
            PyType.register("collections.Counter", base: .dict) { args, i in
                guard args.positional.count <= 1 else {
                    throw PythonError(.typeError, "expected at most 1 argument, got \(args.positional.count)")
                }
                let d = DictBox()
                d.flavor = .counter
                if let source = args.positional.first { try Counting.count(source, into: d, sign: 1, i) }
                if !args.keywords.isEmpty {
                    try Counting.count(.dict(try Counting.keywordDict(args.keywords)), into: d, sign: 1, i)
                }
                return .dict(d)
            })
        m.members["namedtuple"] = .object(BuiltinFunction("namedtuple", NamedTupleType.make))
        return m
    }

    /// A dict from `dict(...)`'s arguments: a mapping or pairs, then keywords.
    private static func filled(_ args: Arguments, _ name: String, _ interpreter: Interpreter) throws -> DictBox {
        guard args.positional.count <= 1 else {
            throw PythonError(.typeError, "\(name) expected at most 1 argument, got \(args.positional.count)")
        }
        let d = DictBox()
        if let source = args.positional.first { try d.update(from: source, interpreter) }
        for (k, v) in args.keywords { try d.set(.string(k), v) }
        return d
    }
}
