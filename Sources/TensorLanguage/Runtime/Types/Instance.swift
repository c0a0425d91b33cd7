import Autograd

/// An object whose class may be written in Python: its attributes live in a `__dict__`.
protocol InstanceObject: PyObject {
    var cls: PyType { get }
    var instanceDict: DictBox { get }
}

/// An instance of a class made by a `class` statement (or of `object` itself).
///
/// A class that extends a built-in value class (`class Stack(list)`) keeps that value as the
/// instance's `payload`; operations the class does not define fall through to it.
final class Instance: PyObject, InstanceObject {
    let cls: PyType
    let instanceDict = DictBox()
    var payload: Value?
    /// The interpreter that made the instance: dict look-ups call its `__hash__`/`__eq__` through it.
    weak var interpreter: Interpreter?

    init(_ cls: PyType, payload: Value? = nil, interpreter: Interpreter? = nil) {
        self.cls = cls
        self.payload = payload
        self.interpreter = interpreter
    }

    override var typeName: String { cls.name }
    override var qualifiedTypeName: String { cls.displayName }
    override var pythonType: PyType { cls }
    override var hasHeapType: Bool { cls.isHeapType }
    override var isCallable: Bool { cls.lookup("__call__") != nil }

    override func repr(interpreter: Interpreter) throws -> String {
        // `defaultdict`, `OrderedDict` and `Counter` print their class's own name, as CPython does.
        if case .dict(let d)? = payload, let flavor = d.flavor {
            let text = try interpreter.repr(.dict(d))
            return text.hasPrefix(flavor.name) ? cls.name + text.dropFirst(flavor.name.count) : text
        }
        if let payload { return try interpreter.repr(payload) }
        return "<\(cls.displayName) object at \(Address.of(self))>"
    }

    override func str(interpreter: Interpreter) throws -> String {
        if case .dict(let d)? = payload, d.flavor != nil { return try repr(interpreter: interpreter) }
        if let payload { return try interpreter.str(payload) }
        return try repr(interpreter: interpreter)
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        let entry = cls.entry("__call__")
        guard cls.isHeapType, let owner = entry.owner, owner.isHeapType, let found = entry.value else {
            throw PythonError(.typeError, "'\(cls.name)' object is not callable")
        }
        if case .noneValue = found { return try interpreter.call(found, args) }
        return try interpreter.callUnbound(found, receiver: .object(self), owner: cls, args)
    }

    override func makeIterator(interpreter: Interpreter) throws -> ValueIterator {
        if let payload { return try interpreter.makeIterator(payload) }
        throw PythonError(.typeError, "'\(cls.name)' object is not iterable")
    }

    deinit {
        // Instances that point at each other in long chains (linked lists, graph nodes) free by loop.
        guard instanceDict.count > 0 || payload != nil else { return }
        var taken = instanceDict.takeAll()
        if let payload { taken.append(payload) }
        ValueTeardown.release(taken)
    }
}

/// A Python function looked up on an instance: `obj.method` before it is called.
final class MethodObject: PyObject {
    let function: Value
    let receiver: Value

    init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
    }

    override var typeName: String { "method" }
    override var pythonType: PyType { .method }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String {
        let name: String =
            if case .object(let f as FunctionObject) = function { f.qualifiedName } else { "?" }
        return "<bound method \(name) of \(try interpreter.repr(receiver))>"
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        try interpreter.call(function, args.prepending(receiver))
    }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__self__": return receiver
        case "__func__": return function
        default: return try interpreter.getAttributeIfPresent(function, name)
        }
    }
}

/// A method of a built-in class, written in Swift: `object.__init__`, `object.__setattr__`.
/// Looked up on an instance it binds like a Python function.
final class BuiltinMethodDescriptor: PyObject {
    let name: String
    let owner: String
    let body: (Value, Arguments, Interpreter) throws -> Value

    init(_ name: String, of owner: String, _ body: @escaping (Value, Arguments, Interpreter) throws -> Value) {
        self.name = name
        self.owner = owner
        self.body = body
    }

    override var typeName: String { "method_descriptor" }
    override var isCallable: Bool { true }

    override func repr(interpreter: Interpreter) throws -> String {
        "<slot wrapper '\(name)' of '\(owner)' objects>"
    }

    override func call(_ args: Arguments, interpreter: Interpreter) throws -> Value {
        guard let receiver = args.positional.first else {
            throw PythonError(.typeError, "descriptor '\(name)' of '\(owner)' object needs an argument")
        }
        var rest = args
        rest.positional.removeFirst()
        return try body(receiver, rest, interpreter)
    }

    func bind(to receiver: Value) -> Value {
        .object(BoundMethod(receiver, name, body))
    }
}
