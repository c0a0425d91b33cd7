import Autograd

/// `property(fget, fset, fdel, doc)`: a data descriptor, consulted before the instance's `__dict__`.
final class PropertyObject: PyObject {
    let getter: Value?
    let setter: Value?
    let deleter: Value?
    let doc: Value

    init(getter: Value?, setter: Value?, deleter: Value?, doc: Value = .noneValue) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
    }

    override var typeName: String { "property" }
    override var pythonType: PyType { PyType.named("property") }

    /// The attribute's name for messages: the getter's name, as CPython 3.11 reports it.
    var attributeName: String {
        for accessor in [getter, setter, deleter] {
            if case .object(let f as FunctionObject)? = accessor { return f.name }
        }
        return "?"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "fget": return getter ?? .noneValue
        case "fset": return setter ?? .noneValue
        case "fdel": return deleter ?? .noneValue
        case "__doc__": return doc
        case "getter", "setter", "deleter":
            return .object(
                BuiltinFunction(name) { args, _ in
                    guard args.positional.count == 1 else {
                        throw PythonError(.typeError, "\(name)() takes exactly one argument (\(args.positional.count) given)")
                    }
                    let f = args.positional[0]
                    return .object(
                        PropertyObject(
                            getter: name == "getter" ? f : self.getter, setter: name == "setter" ? f : self.setter,
                            deleter: name == "deleter" ? f : self.deleter, doc: self.doc))
                })
        default: return nil
        }
    }
}

/// `staticmethod(f)`: looked up on a class or instance, gives `f` itself.
final class StaticMethodObject: PyObject {
    let function: Value
    init(_ function: Value) { self.function = function }
    override var typeName: String { "staticmethod" }
    override var pythonType: PyType { PyType.named("staticmethod") }
    override var isCallable: Bool { true }
    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        try interpreter.call(function, args)
    }
    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        name == "__func__" ? function : nil
    }
}

/// `classmethod(f)`: looked up on a class or instance, gives `f` bound to the class.
final class ClassMethodObject: PyObject {
    let function: Value
    init(_ function: Value) { self.function = function }
    override var typeName: String { "classmethod" }
    override var pythonType: PyType { PyType.named("classmethod") }
    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        name == "__func__" ? function : nil
    }
}

/// `super()` / `super(C, obj)`: attribute look-up that starts after `start` in `obj`'s MRO.
final class SuperObject: PyObject {
    let start: PyType
    /// The instance (or class, for class methods) the found attributes bind to.
    let receiver: Value
    /// The class whose MRO is searched: `type(obj)`, or `obj` itself when it is a class.
    let searched: PyType

    init(start: PyType, receiver: Value, searched: PyType) {
        self.start = start
        self.receiver = receiver
        self.searched = searched
    }

    override var typeName: String { "super" }
    override var pythonType: PyType { PyType.named("super") }

    override func repr(interpreter: Interpreter) throws -> String {
        "<super: <class '\(start.qualifiedName)'>, <\(searched.qualifiedName) object>>"
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        let mro = searched.mro
        guard let index = mro.firstIndex(where: { $0 === start }) else { return nil }
        let key = Value.string(name)
        for type in mro[(index + 1)...] {
            guard let found = try type.namespace.get(key) else { continue }
            let instance: Value? = if case .object(is PyType) = receiver { nil } else { receiver }
            return try interpreter.bindDescriptor(found, instance: instance, owner: searched)
        }
        return nil
    }
}
