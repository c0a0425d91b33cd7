import Autograd

/// Attribute look-up on instances and classes, as CPython's `object.__getattribute__` and
/// `type.__getattribute__` do it: data descriptors, then the instance's `__dict__`, then the class.
extension Interpreter {
    /// What an attribute found in a class means when looked up through `instance` (nil: on the class).
    func bindDescriptor(_ found: Value, instance: Value?, owner: PyType) throws -> Value {
        guard case .object(let o) = found else { return found }
        switch o {
        case is FunctionObject, is GradModeFunction:
            guard let instance else { return found }
            return .object(MethodObject(function: found, receiver: instance))
        case let descriptor as BuiltinMethodDescriptor:
            guard let instance else { return found }
            return descriptor.bind(to: instance)
        case let s as StaticMethodObject:
            return s.function
        case let c as ClassMethodObject:
            return .object(MethodObject(function: c.function, receiver: .object(owner)))
        case let p as PropertyObject:
            guard let instance else { return found }
            guard let getter = p.getter else {
                throw PythonError(
                    .attributeError, "property '\(p.attributeName)' of '\(owner.qualifiedName)' object has no getter")
            }
            return try call(getter, Arguments([instance]))
        default:
            if o.hasHeapType, let get = try userMethod(found, "__get__") {
                return try call(get, Arguments([instance ?? .noneValue, .object(owner)]))
            }
            return found
        }
    }

    /// A property, or a user object whose class defines `__set__` or `__delete__`: it takes
    /// precedence over the instance's `__dict__`.
    func isDataDescriptor(_ value: Value) throws -> Bool {
        guard case .object(let o) = value else { return false }
        if o is PropertyObject { return true }
        guard o.hasHeapType else { return false }
        return try userMethod(value, "__set__") != nil || userMethod(value, "__delete__") != nil
    }

    /// `object.__getattribute__`: nil when the attribute does not exist.
    func instanceAttribute(_ object: InstanceObject, _ name: String, receiver: Value) throws -> Value? {
        let cls = object.cls
        let found = cls.lookup(name)
        if let found, try isDataDescriptor(found) {
            return try bindDescriptor(found, instance: receiver, owner: cls)
        }
        if let own = try object.instanceDict.get(.string(name)) { return own }
        if let found { return try bindDescriptor(found, instance: receiver, owner: cls) }
        switch name {
        case "__class__": return .object(cls)
        case "__dict__": return .dict(object.instanceDict)
        default: break
        }
        if let instance = object as? Instance, let payload = instance.payload {
            return try getAttributeIfPresent(payload, name)
        }
        return try object.attribute(name, interpreter: self)
    }

    /// A user `__getattribute__`; its `AttributeError` falls back to `__getattr__` (nil here).
    func customAttribute(_ hook: Value, _ receiver: Value, _ cls: PyType, _ name: String) throws -> Value? {
        do {
            return try call(try bindDescriptor(hook, instance: receiver, owner: cls), Arguments([.string(name)]))
        } catch let error as PythonError where error.exception.exceptionClass.isSubclass(of: .attributeError) {
            guard cls.lookup("__getattr__") != nil, cls.hasUserAttribute("__getattr__") else { throw error }
            return nil
        }
    }

    /// `type.__getattribute__` for `Foo.x`: nil when the attribute does not exist.
    func classAttribute(_ type: PyType, _ name: String) throws -> Value? {
        if let found = type.lookup(name) { return try bindDescriptor(found, instance: nil, owner: type) }
        switch name {
        case "__name__": return .string(type.name)
        case "__qualname__": return .string(type.qualifiedName)
        case "__module__": return .string(type.moduleName)
        case "__doc__": return .noneValue
        case "__bases__": return .tuple(type.bases.map { .object($0) })
        case "__base__": return type.bases.first.map { .object($0) } ?? .noneValue
        case "__mro__": return .tuple(type.mro.map { .object($0) })
        case "__dict__": return .dict(type.namespace)
        case "__class__": return .object(PyType.type)
        case "mro": return .object(BuiltinFunction("mro") { _, _ in .list(ListBox(type.mro.map { .object($0) })) })
        case "__subclasses__":
            return .object(BuiltinFunction("__subclasses__") { _, _ in .list(ListBox([])) })
        default: return nil
        }
    }

    /// `getattr(value, name)` without raising for a missing attribute.
    func getAttributeIfPresent(_ value: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(value, name)
        } catch let error as PythonError where error.exception.exceptionClass.isSubclass(of: .attributeError) {
            return nil
        }
    }

    /// `obj.name = value` on an instance: a user `__setattr__`, a property's setter, or the `__dict__`.
    func setInstanceAttribute(_ object: InstanceObject, receiver: Value, _ name: String, _ newValue: Value) throws {
        let cls = object.cls
        if cls.isHeapType, let hook = cls.lookup("__setattr__"), cls.hasUserAttribute("__setattr__") {
            _ = try call(try bindDescriptor(hook, instance: receiver, owner: cls), Arguments([.string(name), newValue]))
            return
        }
        try genericSetAttribute(object, receiver: receiver, name, newValue)
    }

    /// `object.__setattr__`.
    func genericSetAttribute(_ object: InstanceObject, receiver: Value, _ name: String, _ newValue: Value) throws {
        let cls = object.cls
        let found = cls.lookup(name)
        if let found, found.isUserObject, let set = try userMethod(found, "__set__") {
            _ = try call(set, Arguments([receiver, newValue]))
            return
        }
        if case .object(let property as PropertyObject)? = found {
            guard let setter = property.setter else {
                throw PythonError(
                    .attributeError, "property '\(property.attributeName)' of '\(cls.qualifiedName)' object has no setter")
            }
            _ = try call(setter, Arguments([receiver, newValue]))
            return
        }
        if name == "__class__" || name == "__dict__" {
            throw PythonError(.typeError, "Wick cannot assign to '\(name)'")
        }
        if let exception = object as? ExceptionObject, name == "args" {
            exception.setArguments(try materialize(newValue))
            return
        }
        if let slots = cls.slotNames, !slots.contains(name) {
            throw PythonError(.attributeError, "'\(cls.qualifiedName)' object has no attribute '\(name)'")
        }
        try object.instanceDict.set(.string(name), newValue)
    }

    /// `del obj.name` on an instance.
    func deleteInstanceAttribute(_ object: InstanceObject, receiver: Value, _ name: String) throws {
        let cls = object.cls
        if cls.isHeapType, let hook = cls.lookup("__delattr__"), cls.hasUserAttribute("__delattr__") {
            _ = try call(try bindDescriptor(hook, instance: receiver, owner: cls), Arguments([.string(name)]))
            return
        }
        try genericDeleteAttribute(object, receiver: receiver, name)
    }

    /// `object.__delattr__`.
    func genericDeleteAttribute(_ object: InstanceObject, receiver: Value, _ name: String) throws {
        let cls = object.cls
        if case .object(let property as PropertyObject)? = cls.lookup(name) {
            guard let deleter = property.deleter else {
                throw PythonError(
                    .attributeError, "property '\(property.attributeName)' of '\(cls.qualifiedName)' object has no deleter")
            }
            _ = try call(deleter, Arguments([receiver]))
            return
        }
        guard try object.instanceDict.remove(.string(name)) else {
            throw PythonError(.attributeError, "'\(cls.qualifiedName)' object has no attribute '\(name)'")
        }
    }

    /// CPython 3.11's `AttributeError` for a missing attribute, with its "Did you mean" suggestion.
    func attributeError(_ value: Value, _ name: String) -> PythonError {
        var message: String
        var candidates: [String] = []
        switch value {
        case .object(let module as ModuleObject):
            message = "module '\(module.name)' has no attribute '\(name)'"
            candidates = Array(module.members.keys)
        case .object(let type as PyType):
            message = "type object '\(type.qualifiedName)' has no attribute '\(name)'"
            candidates = type.mro.flatMap { $0.namespace.keys.compactMap(\.stringValue) }
        case .object(let object as InstanceObject):
            message = "'\(object.cls.qualifiedName)' object has no attribute '\(name)'"
            candidates = object.instanceDict.keys.compactMap(\.stringValue)
            candidates += object.cls.mro.flatMap { $0.namespace.keys.compactMap(\.stringValue) }
        default:
            message = "'\(value.typeName)' object has no attribute '\(name)'"
            candidates = AttributeNames.of(value)
        }
        let error = PythonError(.attributeError, message)
        error.exception.suggestion = Suggestions.closest(to: name, among: candidates)
        return error
    }
}

extension Value {
    /// The string inside a `str` value.
    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
