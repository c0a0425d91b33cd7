import Autograd

/// Calling a class: `__new__` makes the instance, `__init__` initialises it.
extension PyType {
    func instantiate(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        if !isHeapType, let construct { return try construct(args, interpreter) }
        if !isHeapType && layout == .exception {
            return .object(ExceptionObject(self, args: args.positional, interpreter: interpreter))
        }
        guard isHeapType else { throw PythonError(.typeError, "cannot create '\(displayName)' instances") }
        let instance = try interpreter.newInstance(of: self, args)
        guard case .object(let made) = instance, made.pythonType.isSubclass(of: self) else { return instance }
        try interpreter.initialise(instance, of: self, args)
        return instance
    }
}

extension Interpreter {
    /// `cls.__new__(cls, *args)`: a user `__new__`, or a fresh instance of the class's layout.
    func newInstance(of cls: PyType, _ args: Arguments) throws -> Value {
        if cls.hasUserAttribute("__new__"), let new = cls.lookup("__new__") {
            var withClass = args
            withClass.positional.insert(.object(cls), at: 0)
            let function: Value = if case .object(let s as StaticMethodObject) = new { s.function } else { new }
            return try call(function, withClass)
        }
        if cls.solidBase.layout == .object, !cls.hasUserAttribute("__init__"),
            !args.positional.isEmpty || !args.keywords.isEmpty
        {
            throw PythonError(.typeError, "\(cls.qualifiedName)() takes no arguments")
        }
        return try allocate(cls, args)
    }

    /// `object.__new__(cls)` and the built-in `__new__`s: an empty instance of `cls`.
    func allocate(_ cls: PyType, _ args: Arguments) throws -> Value {
        let solid = cls.solidBase
        switch solid.layout {
        case .object:
            return .object(Instance(cls, interpreter: self))
        case .exception:
            return .object(ExceptionObject(cls, args: args.positional, interpreter: self))
        case .builtin:
            guard let construct = solid.construct else {
                throw PythonError(.typeError, "cannot create '\(solid.displayName)' instances")
            }
            // Mutable containers start empty and are filled by `__init__`; immutable values take the arguments now.
            let isMutable = solid === PyType.list || solid === PyType.dict
            let payload = try construct(isMutable ? Arguments() : args, self)
            return .object(Instance(cls, payload: payload, interpreter: self))
        }
    }

    /// `obj.__init__(*args)`, when the class (not only `object`) defines one.
    func initialise(_ instance: Value, of cls: PyType, _ args: Arguments) throws {
        guard let initialiser = cls.lookup("__init__") else { return }
        if !cls.hasUserAttribute("__init__") {
            try builtinInitialise(instance, args)
            return
        }
        let result = try call(try bindDescriptor(initialiser, instance: instance, owner: cls), args)
        guard case .noneValue = result else {
            throw PythonError(.typeError, "__init__() should return None, not '\(result.typeName)'")
        }
    }

    /// The `__init__` of a built-in base: fills a list or dict subclass from its arguments.
    func builtinInitialise(_ instance: Value, _ args: Arguments) throws {
        guard case .object(let made as Instance) = instance, let payload = made.payload else { return }
        let solid = made.cls.solidBase
        // Other built-in bases (`defaultdict`, `Counter`) took their arguments when they were made.
        guard solid === PyType.list || solid === PyType.dict else { return }
        switch payload {
        case .list(let box):
            box.items = try Builtins.constructList(args, self).listItems ?? []
        case .dict(let box):
            guard case .dict(let filled) = try Builtins.constructDict(args, self) else { return }
            for (k, v) in zip(filled.keys, filled.values) { try box.set(k, v) }
        default:
            break
        }
    }
}

extension Value {
    var listItems: [Value]? {
        if case .list(let l) = self { return l.items }
        return nil
    }
}
