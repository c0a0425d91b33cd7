import Autograd

/// The methods of `object` and `BaseException` that user classes inherit and call through `super()`.
extension PyType {
    static func defineObjectMethods(on object: PyType) {
        func method(_ name: String, _ body: @escaping (Value, Arguments, Interpreter) throws -> Value) {
            object.define(name, .object(BuiltinMethodDescriptor(name, of: "object", body)))
        }
        method("__init__") { _, args, _ in
            guard args.positional.isEmpty, args.keywords.isEmpty else {
                throw PythonError(.typeError, "object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .noneValue
        }
        object.define(
            "__new__",
            .object(
                StaticMethodObject(
                    .object(
                        BuiltinFunction("__new__") { args, interpreter in
                            guard case .object(let cls as PyType)? = args.positional.first else {
                                throw PythonError(.typeError, "object.__new__(X): X is not a type object")
                            }
                            return try interpreter.allocate(cls, Arguments(Array(args.positional.dropFirst())))
                        }))))
        method("__setattr__") { receiver, args, interpreter in
            let (name, value) = try attributeArguments(args, "__setattr__", count: 2)
            guard case .object(let o as InstanceObject) = receiver, let value else {
                throw PythonError(.typeError, "can't apply this __setattr__ to \(receiver.typeName) object")
            }
            try interpreter.genericSetAttribute(o, receiver: receiver, name, value)
            return .noneValue
        }
        method("__delattr__") { receiver, args, interpreter in
            let (name, _) = try attributeArguments(args, "__delattr__", count: 1)
            guard case .object(let o as InstanceObject) = receiver else {
                throw PythonError(.typeError, "can't apply this __delattr__ to \(receiver.typeName) object")
            }
            try interpreter.genericDeleteAttribute(o, receiver: receiver, name)
            return .noneValue
        }
        method("__getattribute__") { receiver, args, interpreter in
            let (name, _) = try attributeArguments(args, "__getattribute__", count: 1)
            if case .object(let o as InstanceObject) = receiver {
                guard let found = try interpreter.instanceAttribute(o, name, receiver: receiver) else {
                    throw interpreter.attributeError(receiver, name)
                }
                return found
            }
            return try interpreter.getAttribute(receiver, name)
        }
        method("__repr__") { receiver, _, interpreter in
            guard case .object(let o) = receiver else { return .string(try interpreter.repr(receiver)) }
            return .string("<\(o.pythonType.displayName) object at \(Address.of(o))>")
        }
        method("__str__") { receiver, _, interpreter in .string(try interpreter.repr(receiver)) }
        method("__format__") { receiver, args, interpreter in
            guard case .string(let spec)? = args.positional.first else {
                throw PythonError(.typeError, "format_spec must be a str")
            }
            guard spec.isEmpty else {
                throw PythonError(
                    .typeError, "unsupported format string passed to \(receiver.pythonType.qualifiedName).__format__")
            }
            return .string(try interpreter.str(receiver))
        }
        method("__eq__") { receiver, args, interpreter in
            guard let other = args.positional.first else { return .object(NotImplementedObject.shared) }
            return interpreter.identical(receiver, other) ? .bool(true) : .object(NotImplementedObject.shared)
        }
        method("__ne__") { receiver, args, interpreter in
            guard let other = args.positional.first else { return .object(NotImplementedObject.shared) }
            return .bool(try !interpreter.equal(receiver, other))
        }
        method("__hash__") { receiver, _, _ in
            guard case .object(let o) = receiver else { return .int(0) }
            return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))) >> 4)
        }
        method("__dir__") { receiver, _, _ in
            .list(ListBox(Set(AttributeNames.of(receiver)).sorted().map { .string($0) }))
        }
        object.define(
            "__init_subclass__",
            .object(ClassMethodObject(.object(BuiltinFunction("__init_subclass__") { _, _ in .noneValue }))))
    }

    static func defineExceptionMethods(on base: PyType) {
        func method(_ name: String, _ body: @escaping (ExceptionObject, Arguments, Interpreter) throws -> Value) {
            base.define(
                name,
                .object(
                    BuiltinMethodDescriptor(name, of: "BaseException") { receiver, args, interpreter in
                        guard case .object(let e as ExceptionObject) = receiver else {
                            throw PythonError(
                                .typeError,
                                "descriptor '\(name)' requires a 'BaseException' object but received a '\(receiver.typeName)'")
                        }
                        return try body(e, args, interpreter)
                    }))
        }
        method("__init__") { e, args, _ in
            e.setArguments(args.positional)
            return .noneValue
        }
        method("__str__") { e, _, interpreter in .string(try e.str(interpreter: interpreter)) }
        method("__repr__") { e, _, interpreter in .string(try e.repr(interpreter: interpreter)) }
        method("with_traceback") { e, _, _ in .object(e) }
    }

    private static func attributeArguments(_ args: Arguments, _ name: String, count: Int) throws -> (String, Value?) {
        guard args.positional.count == count else {
            throw PythonError(.typeError, "expected \(count) arguments, got \(args.positional.count)")
        }
        guard case .string(let attribute) = args.positional[0] else {
            throw PythonError(.typeError, "attribute name must be string, not '\(args.positional[0].typeName)'")
        }
        return (attribute, args.positional.count > 1 ? args.positional[1] : nil)
    }
}
