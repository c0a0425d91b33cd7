/// Built-ins of everyday Python beyond the first round's: iteration, ordering, numbers, sets.
enum LanguageBuiltins {
    static func install(into table: inout [String: Value]) {
        for group in [iteration, ordering, numbers] {
            for (name, body) in group { table[name] = .object(BuiltinFunction(name, body)) }
        }
        table["set"] = .object(
            PyType.register("set") { args, interpreter in
                try noKeywords(args, "set")
                return .object(try SetObject.make(from: try optionalSingle(args, "set"), frozen: false, interpreter))
            })
        table["frozenset"] = .object(
            PyType.register("frozenset") { args, interpreter in
                try noKeywords(args, "frozenset")
                return .object(try SetObject.make(from: try optionalSingle(args, "frozenset"), frozen: true, interpreter))
            })
        table["GeneratorExit"] = .object(ExceptionClass.generatorExit)
        table["input"] = .object(BuiltinFunction("input", InputBuiltin.input))
        table["__name__"] = .string("__main__")
    }

    private static func noKeywords(_ args: Arguments, _ name: String) throws {
        if !args.keywords.isEmpty { throw PythonError(.typeError, "\(name)() takes no keyword arguments") }
    }

    private static func optionalSingle(_ args: Arguments, _ name: String) throws -> Value? {
        guard args.positional.count <= 1 else {
            throw PythonError(.typeError, "\(name) expected at most 1 argument, got \(args.positional.count)")
        }
        return args.positional.first
    }
}
