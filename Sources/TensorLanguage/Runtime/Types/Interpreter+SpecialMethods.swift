import Autograd

/// Special methods (`__add__`, `__repr__`, `__len__`…) of classes written in Python, dispatched
/// as CPython does. Built-in values never reach this file: each entry point first asks whether a
/// value is an instance of a user class (`Value.isUserObject`, one virtual call).
extension Interpreter {
    /// The special method `name` a Python-written class in `value`'s MRO defines, bound to `value`.
    func userMethod(_ value: Value, _ name: String) throws -> Value? {
        guard case .object(let o) = value, o.hasHeapType else { return nil }
        let cls = o.pythonType
        let entry = cls.entry(name)
        guard let owner = entry.owner, owner.isHeapType, let found = entry.value else { return nil }
        if case .noneValue = found { return .noneValue }
        return try bindDescriptor(found, instance: value, owner: cls)
    }

    /// Calls `value.name(*args)` when a Python class defines it; nil when none does.
    func callUserMethod(_ value: Value, _ name: String, _ args: [Value] = []) throws -> Value? {
        guard let method = try userMethod(value, name) else { return nil }
        if case .noneValue = method {
            throw PythonError(.typeError, "'\(value.typeName)' object is not callable")
        }
        return try call(method, Arguments(args))
    }

    /// `a op b` when either side is an instance of a user class: `__op__`, then the reflected
    /// `__rop__` (first, when the right operand's class is a subclass that overrides it).
    func userBinaryOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        let (forward, reflected) = op.specialMethodNames
        let sameType = a.pythonType === b.pythonType
        let rightFirst = !sameType && b.isUserObject && b.pythonType.isSubclass(of: a.pythonType)
        if rightFirst, let r = try callUserMethod(b, reflected, [a]), !r.isNotImplemented { return r }
        if let r = try callUserMethod(a, forward, [b]), !r.isNotImplemented { return r }
        if !rightFirst, !sameType, let r = try callUserMethod(b, reflected, [a]), !r.isNotImplemented { return r }
        let (x, y) = (a.payloadOrSelf, b.payloadOrSelf)
        if !x.isUserObject && !y.isUserObject { return try binaryOperation(op, x, y) }
        throw unsupported(op, a, b)
    }

    /// `a op= b` for a user class: `__iop__`, else the binary operation.
    func userInPlaceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard let r = try callUserMethod(a, op.inPlaceMethodName, [b]), !r.isNotImplemented else { return nil }
        return r
    }

    /// `-x`, `+x`, `~x` for a user class.
    func userUnaryOperation(_ op: UnaryOperator, _ v: Value) throws -> Value? {
        let name: String
        switch op {
        case .minus: name = "__neg__"
        case .plus: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: return nil
        }
        if let r = try callUserMethod(v, name) { return r }
        if case .object(let o as Instance) = v, let payload = o.payload { return try unaryOperation(op, payload) }
        return nil
    }

    /// A rich comparison with a user class on either side, CPython's `do_richcompare`.
    func userComparison(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        let (forward, reflected) = op.specialMethodNames
        let rightFirst = b.isUserObject && a.pythonType !== b.pythonType && b.pythonType.isSubclass(of: a.pythonType)
        if rightFirst, let r = try callUserMethod(b, reflected, [a]), !r.isNotImplemented { return r }
        if let r = try callUserMethod(a, forward, [b]), !r.isNotImplemented { return r }
        if !rightFirst, let r = try callUserMethod(b, reflected, [a]), !r.isNotImplemented { return r }
        if op == .notEqual {
            // `object.__ne__` inverts `__eq__`.
            if let r = try callUserMethod(a, "__eq__", [b]), !r.isNotImplemented { return .bool(try !truthy(r)) }
            if let r = try callUserMethod(b, "__eq__", [a]), !r.isNotImplemented { return .bool(try !truthy(r)) }
        }
        let (x, y) = (a.payloadOrSelf, b.payloadOrSelf)
        if !x.isUserObject && !y.isUserObject && (a.hasPayload || b.hasPayload) { return try compare(op, x, y) }
        switch op {
        case .equal: return .bool(identical(a, b))
        case .notEqual: return .bool(!identical(a, b))
        default:
            throw PythonError(
                .typeError, "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// `repr(obj)` for a user class: its `__repr__`, which must return a `str`.
    func userRepr(_ value: Value) throws -> String? {
        guard let r = try callUserMethod(value, "__repr__") else { return nil }
        guard case .string(let s) = r else {
            throw PythonError(.typeError, "__repr__ returned non-string (type \(r.typeName))")
        }
        return s
    }

    /// `str(obj)` for a user class: `__str__`, else `__repr__`.
    func userStr(_ value: Value) throws -> String? {
        if let r = try callUserMethod(value, "__str__") {
            guard case .string(let s) = r else {
                throw PythonError(.typeError, "__str__ returned non-string (type \(r.typeName))")
            }
            return s
        }
        return try userRepr(value)
    }

    /// `bool(obj)`: `__bool__`, else `__len__() != 0`, else true.
    func userTruth(_ value: Value) throws -> Bool? {
        if let r = try callUserMethod(value, "__bool__") {
            guard case .bool(let b) = r else {
                throw PythonError(.typeError, "__bool__ should return bool, returned \(r.typeName)")
            }
            return b
        }
        if let n = try userLength(value) { return n != 0 }
        return nil
    }

    /// `len(obj)`: `__len__`, a non-negative int.
    func userLength(_ value: Value) throws -> Int? {
        guard let r = try callUserMethod(value, "__len__") else { return nil }
        switch r {
        case .int(let n) where n >= 0: return n
        case .int, .bigInt: throw PythonError(.valueError, "__len__() should return >= 0")
        case .bool(let b): return b ? 1 : 0
        default: throw PythonError(.typeError, "'\(r.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// `hash(obj)`: `__hash__`; a class that defines `__eq__` but not `__hash__` is unhashable.
    func userHash(_ value: Value) throws -> Int? {
        guard case .object(let o) = value, o.hasHeapType else { return nil }
        let cls = o.pythonType
        if let owner = cls.owner(of: "__hash__"), owner.isHeapType {
            if case .noneValue? = try owner.namespace.get(.string("__hash__")) {
                throw PythonError(.typeError, "unhashable type: '\(cls.name)'")
            }
            guard let r = try callUserMethod(value, "__hash__") else { return nil }
            switch r {
            case .int(let h): return h == -1 ? -2 : h
            case .bool(let b): return b ? 1 : 0
            case .bigInt(let b): return b.hashValue
            default: throw PythonError(.typeError, "__hash__ method should return an integer")
            }
        }
        return nil
    }
}

extension Value {
    /// An instance of a class written in Python (whose special methods must be consulted).
    @inline(__always)
    var isUserObject: Bool {
        if case .object(let o) = self { return o.hasHeapType }
        return false
    }

    var isNotImplemented: Bool {
        if case .object(let o) = self { return o === NotImplementedObject.shared }
        return false
    }

    /// The built-in value a subclass instance extends (`class Stack(list)`), or the value itself.
    var payloadOrSelf: Value {
        if case .object(let o as Instance) = self, let payload = o.payload { return payload }
        return self
    }

    var hasPayload: Bool {
        if case .object(let o as Instance) = self { return o.payload != nil }
        return false
    }
}

/// `NotImplemented`: what a binary special method returns to let the other operand try.
final class NotImplementedObject: PyObject {
    nonisolated(unsafe) static let shared = NotImplementedObject()
    override var typeName: String { "NotImplementedType" }
    override func repr(interpreter: Interpreter) throws -> String { "NotImplemented" }
}

extension ComparisonOperator {
    /// The method and its reflection: `<` is `__lt__`, reflected as `__gt__`.
    var specialMethodNames: (String, String) {
        switch self {
        case .equal: ("__eq__", "__eq__")
        case .notEqual: ("__ne__", "__ne__")
        case .less: ("__lt__", "__gt__")
        case .lessOrEqual: ("__le__", "__ge__")
        case .greater: ("__gt__", "__lt__")
        case .greaterOrEqual: ("__ge__", "__le__")
        case .is, .isNot, .in, .notIn: ("__eq__", "__eq__")
        }
    }
}
