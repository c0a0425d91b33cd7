/// `obj.method(args)` without making the bound method object in between, as CPython's
/// `LOAD_METHOD`/`CALL` pair does: the receiver goes first in the arguments.
extension Interpreter {
    /// Calls `receiver.name(*args)`.
    func callMethod(_ receiver: Value, _ name: String, _ args: Arguments) throws -> Value {
        if case .object(let o as InstanceObject) = receiver, let found = try plainMethod(o, name) {
            return try callUnbound(found, receiver: receiver, owner: o.cls, args)
        }
        return try call(try getAttribute(receiver, name), args)
    }

    /// The function a class defines for `name` when `object.name` would merely bind it to `object`:
    /// no `__getattribute__` of the class's own, no instance attribute of that name, and a plain
    /// function or built-in method (neither is a data descriptor). Nil means "look it up normally".
    func plainMethod(_ object: InstanceObject, _ name: String) throws -> Value? {
        let cls = object.cls
        if cls.isHeapType, cls.hasUserAttribute("__getattribute__") { return nil }
        guard let found = cls.lookup(name), case .object(let o) = found,
            o is FunctionObject || o is BuiltinMethodDescriptor
        else { return nil }
        if try object.instanceDict.get(.string(name)) != nil { return nil }
        return found
    }

    /// Calls the class attribute `found` as bound to `receiver` (`owner`: the receiver's class):
    /// functions get the receiver as first argument directly, anything else binds as usual.
    func callUnbound(_ found: Value, receiver: Value, owner: PyType, _ args: Arguments) throws -> Value {
        if case .object(let o) = found {
            if let descriptor = o as? BuiltinMethodDescriptor { return try descriptor.body(receiver, args, self) }
            if o is FunctionObject { return try call(found, args.prepending(receiver)) }
        }
        return try call(try bindDescriptor(found, instance: receiver, owner: owner), args)
    }
}

extension Arguments {
    /// The same arguments with `first` before the positional ones (a bound method's receiver).
    func prepending(_ first: Value) -> Arguments {
        var values: [Value] = []
        values.reserveCapacity(positional.count + 1)
        values.append(first)
        values.append(contentsOf: positional)
        return Arguments(values, keywords: keywords)
    }
}
