/// `dir()` and the attribute names completion, `dir(obj)` and "Did you mean" read.
enum Introspection {
    /// Builtins that look at the program itself.
    nonisolated(unsafe) static let functions: [String: (Arguments, Interpreter) throws -> Value] = [
        "dir": { args, interpreter in
            guard args.keywords.isEmpty, args.positional.count <= 1 else {
                throw PythonError(.typeError, "dir expected at most 1 argument, got \(args.positional.count)")
            }
            let names = args.positional.first.map(attributeNames) ?? scopeNames(interpreter)
            return .list(ListBox(Set(names).sorted().map(Value.string)))
        }
    ]

    /// The names bound in the running scope: a function's locals, or the module's globals.
    static func scopeNames(_ interpreter: Interpreter) -> [String] {
        guard let frame = interpreter.currentFrame else { return Array(interpreter.globals.keys) }
        if let scope = frame.scope {
            return zip(scope.names, frame.slots).compactMap { $1 == nil ? nil : $0 }
        }
        return Array(frame.globals.keys)
    }

    /// The attributes a value offers: a tensor's attributes and methods, a module's members, a list's methods, ….
    static func attributeNames(of value: Value) -> [String] {
        switch value {
        case .tensor:
            return Array(TensorMethods.methods.keys) + [
                "shape", "grad", "data", "grad_fn", "requires_grad", "is_leaf", "dtype", "ndim",
            ]
        case .object(let module as ModuleObject):
            return Array(module.members.keys)
        case .object(let node as NodeObject):
            return ["next_functions", "name"] + node.node.savedAttributeNames
        case .object(is TimeitResultObject):
            return ["all_runs", "average", "best", "compile_time", "loops", "repeat", "stdev", "timings", "worst"]
        case .string:
            return ["endswith", "format", "join", "lower", "replace", "split", "startswith", "strip", "upper"]
                .filter { StringMethods.method("", $0) != nil }
        case .list(let box):
            return ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]
                .filter { ListMethods.method(box, $0) != nil }
        case .dict(let box):
            return ["clear", "copy", "get", "items", "keys", "pop", "setdefault", "update", "values"]
                .filter { DictMethods.method(box, $0) != nil }
        default:
            return []
        }
    }
}
