import Autograd

/// `type(x)` and `type(name, bases, namespace)`.
enum TypeCall {
    static func construct(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        switch args.positional.count {
        case 1 where args.keywords.isEmpty:
            if case .object(let node as NodeObject) = args.positional[0] {
                return .object(PyType.named(node.node.typeName))
            }
            return .object(args.positional[0].pythonType)
        case 3:
            guard case .string(let name) = args.positional[0] else {
                throw PythonError(.typeError, "type.__new__() argument 1 must be str, not \(args.positional[0].typeName)")
            }
            let bases = try interpreter.materialize(args.positional[1]).map { base -> PyType in
                guard case .object(let type as PyType) = base else { throw PythonError(.typeError, "bases must be types") }
                return type
            }
            guard case .dict(let given) = args.positional[2] else {
                throw PythonError(.typeError, "type.__new__() argument 3 must be dict, not \(args.positional[2].typeName)")
            }
            let namespace = DictBox()
            for (k, v) in zip(given.keys, given.values) { try namespace.set(k, v) }
            let module = interpreter.currentFrame?.globals["__name__"]?.stringValue ?? "__main__"
            return .object(
                try PyType.make(name: name, bases: bases, namespace: namespace, module: module, ownedBySession: true))
        default:
            throw PythonError(.typeError, "type() takes 1 or 3 arguments")
        }
    }
}

/// The built-ins of the object model: classes, attributes and introspection.
extension Builtins {
    nonisolated(unsafe) static let objectFunctions: [String: Function] = [
        "isinstance": { args, _ in
            try Builtins.checkPositional(args, "isinstance", count: 2)
            return .bool(try isInstance(args.positional[0], args.positional[1]))
        },
        "issubclass": { args, _ in
            try Builtins.checkPositional(args, "issubclass", count: 2)
            guard case .object(let cls as PyType) = args.positional[0] else {
                throw PythonError(.typeError, "issubclass() arg 1 must be a class")
            }
            return .bool(try classMatches(cls, args.positional[1], function: "issubclass"))
        },
        "super": { args, interpreter in try makeSuper(args, interpreter) },
        "format": { args, interpreter in
            guard (1...2).contains(args.positional.count), args.keywords.isEmpty else {
                throw PythonError(.typeError, "format expected at most 2 arguments, got \(args.positional.count)")
            }
            var spec = ""
            if args.positional.count == 2 {
                guard case .string(let s) = args.positional[1] else {
                    throw PythonError(
                        .typeError, "format() argument 2 must be str, not \(args.positional[1].typeName)")
                }
                spec = s
            }
            return .string(try interpreter.format(args.positional[0], spec))
        },
        "property": { args, _ in
            let r = try ArgumentReader("property", args, ["fget", "fset", "fdel", "doc"])
            func accessor(_ name: String) -> Value? {
                guard let v = r.value(name), !v.isNone else { return nil }
                return v
            }
            return .object(
                PropertyObject(
                    getter: accessor("fget"), setter: accessor("fset"), deleter: accessor("fdel"),
                    doc: r.value("doc") ?? .noneValue))
        },
        "staticmethod": { args, _ in .object(StaticMethodObject(try single(args, "staticmethod"))) },
        "classmethod": { args, _ in .object(ClassMethodObject(try single(args, "classmethod"))) },
        "getattr": { args, interpreter in
            guard args.positional.count == 2 || args.positional.count == 3 else {
                throw PythonError(.typeError, "getattr expected 2 or 3 arguments, got \(args.positional.count)")
            }
            let name = try attributeName(args.positional[1], "getattr")
            if args.positional.count == 3 {
                return try interpreter.getAttributeIfPresent(args.positional[0], name) ?? args.positional[2]
            }
            return try interpreter.getAttribute(args.positional[0], name)
        },
        "setattr": { args, interpreter in
            guard args.positional.count == 3 else {
                throw PythonError(.typeError, "setattr expected 3 arguments, got \(args.positional.count)")
            }
            try interpreter.setAttribute(
                args.positional[0], try attributeName(args.positional[1], "setattr"), args.positional[2])
            return .noneValue
        },
        "delattr": { args, interpreter in
            try Builtins.checkPositional(args, "delattr", count: 2)
            try interpreter.deleteAttribute(args.positional[0], try attributeName(args.positional[1], "delattr"))
            return .noneValue
        },
        "hasattr": { args, interpreter in
            try Builtins.checkPositional(args, "hasattr", count: 2)
            let name = try attributeName(args.positional[1], "hasattr")
            return .bool(try interpreter.getAttributeIfPresent(args.positional[0], name) != nil)
        },
        "vars": { args, interpreter in
            guard let value = args.positional.first else {
                throw PythonError(.typeError, "vars() without an argument is not supported by Wick; use dir()")
            }
            switch value {
            case .object(let o as InstanceObject): return .dict(o.instanceDict)
            case .object(let type as PyType): return .dict(type.namespace)
            case .object(let f as FunctionObject): return .dict(f.attributes)
            default:
                throw PythonError(.typeError, "vars() argument must have __dict__ attribute")
            }
        },
        "dir": { args, interpreter in
            guard let value = args.positional.first else {
                let names =
                    interpreter.currentFrame.map { frame -> [String] in
                        if let scope = frame.scope {
                            return scope.names.filter { frame.slots.indices.contains(scope.slot(of: $0) ?? -1) }
                        }
                        if let ns = frame.classNamespace { return ns.keys.compactMap(\.stringValue) }
                        return frame.globals.keys
                    } ?? []
                return .list(ListBox(Set(names).sorted().map { .string($0) }))
            }
            if case .object(let module as ModuleObject) = value { try module.completeMembers(interpreter) }
            if let custom = try interpreter.callUserMethod(value, "__dir__") {
                return .list(
                    ListBox(try interpreter.materialize(custom).sorted { ($0.stringValue ?? "") < ($1.stringValue ?? "") }))
            }
            return .list(ListBox(Set(AttributeNames.of(value)).sorted().map { .string($0) }))
        },
    ]

    private static func attributeName(_ value: Value, _ function: String) throws -> String {
        guard case .string(let name) = value else {
            throw PythonError(.typeError, "attribute name must be string, not '\(value.typeName)'")
        }
        return name
    }

    /// `isinstance(value, spec)`: a class or a tuple of classes (nested tuples too).
    static func isInstance(_ value: Value, _ spec: Value) throws -> Bool {
        if case .object(let o) = value, o is NamedTupleObject || o is TupleLike, case .object(let t as PyType) = spec,
            t === PyType.tuple
        {
            return true
        }
        return try classMatches(value.pythonType, spec, function: "isinstance")
    }

    /// Whether `cls` is a subclass of the class (or any class of the tuple) `spec`.
    static func classMatches(_ cls: PyType, _ spec: Value, function: String) throws -> Bool {
        switch spec {
        case .tuple(let options):
            for option in options where try classMatches(cls, option, function: function) { return true }
            return false
        case .object(let type as PyType):
            return cls.isSubclass(of: type)
        default:
            throw PythonError(.typeError, "\(function)() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    /// `super()` (the method's class and first argument) or `super(C, obj)`.
    private static func makeSuper(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let start: PyType
        let receiver: Value
        switch args.positional.count {
        case 0:
            guard let frame = interpreter.currentFrame, let cell = frame.classCell else {
                throw PythonError(.runtimeError, "super(): no arguments")
            }
            guard case .object(let cls as PyType)? = cell.value else {
                throw PythonError(.runtimeError, "super(): __class__ cell not found")
            }
            guard !frame.slots.isEmpty, let first = frame.load(0) else {
                throw PythonError(.runtimeError, "super(): no arguments")
            }
            start = cls
            receiver = first
        case 2:
            guard case .object(let cls as PyType) = args.positional[0] else {
                throw PythonError(.typeError, "super() argument 1 must be a type, not \(args.positional[0].typeName)")
            }
            start = cls
            receiver = args.positional[1]
        default:
            throw PythonError(.typeError, "super() takes 0 or 2 arguments (Wick has no unbound super)")
        }
        let searched: PyType = if case .object(let t as PyType) = receiver { t } else { receiver.pythonType }
        guard searched.isSubclass(of: start) else {
            throw PythonError(.typeError, "super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(SuperObject(start: start, receiver: receiver, searched: searched))
    }
}

extension Interpreter {
    /// A builtin by name (for delegating to `len`, `abs` on a subclass's built-in value).
    func builtin(_ name: String) throws -> Value {
        guard let value = builtins[name] else { throw PythonError(.nameError, "name '\(name)' is not defined") }
        return value
    }
}
