import Autograd

/// The container, iterator and context-manager protocols for instances of user classes.
extension Interpreter {
    /// `obj[index]`: `__getitem__`, else the built-in value a subclass extends (with `__missing__`
    /// for dict subclasses, as `collections.defaultdict` needs).
    func userGetItem(_ container: Value, _ index: Value) throws -> Value {
        if let r = try callUserMethod(container, "__getitem__", [index]) { return r }
        guard case .object(let o as Instance) = container, let payload = o.payload else {
            if case .object(let type as PyType) = container, type.isHeapType {
                if let hook = type.lookup("__class_getitem__") {
                    let isClassMethod = if case .object(is ClassMethodObject) = hook { true } else { false }
                    let method = try bindDescriptor(
                        isClassMethod ? hook : .object(ClassMethodObject(hook)), instance: nil, owner: type)
                    return try call(method, Arguments([index]))
                }
                throw PythonError(.typeError, "type '\(type.qualifiedName)' is not subscriptable")
            }
            throw PythonError(.typeError, "'\(container.typeName)' object is not subscriptable")
        }
        if case .dict(let d) = payload, try d.get(index) == nil,
            let r = try callUserMethod(container, "__missing__", [index])
        {
            return r
        }
        return try getItem(payload, index)
    }

    /// `iter(obj)` for a user class: `__iter__` (whose result must have `__next__`), else the
    /// sequence protocol over `__getitem__`; nil to let the built-in value a subclass extends answer.
    func userIterator(_ value: Value) throws -> ValueIterator? {
        if let iterable = try callUserMethod(value, "__iter__") {
            if iterable.isUserObject {
                guard try userMethod(iterable, "__next__") != nil else {
                    throw PythonError(.typeError, "iter() returned non-iterator of type '\(iterable.typeName)'")
                }
                // `__next__` until it raises `StopIteration`.
                return ClosureIterator { [unowned self] in try self.userNext(iterable) }
            }
            return try makeIterator(iterable)
        }
        if try userMethod(value, "__getitem__") != nil { return sequenceProtocolIterator(value) }
        return nil
    }

    /// `obj[0]`, `obj[1]`, … until `IndexError` (or `StopIteration`), as CPython iterates classes
    /// with only `__getitem__`.
    private func sequenceProtocolIterator(_ sequence: Value) -> ValueIterator {
        var index = 0
        return ClosureIterator { [unowned self] in
            do {
                let v = try self.getItem(sequence, .int(index))
                index += 1
                return v
            } catch let error as PythonError
                where error.exception.exceptionClass.isSubclass(of: .indexError)
                || error.exception.exceptionClass.isSubclass(of: .stopIteration)
            {
                return nil
            }
        }
    }

    /// `next(obj)` for a user iterator: `__next__`, nil at `StopIteration`.
    func userNext(_ iterator: Value) throws -> Value? {
        do {
            guard let v = try callUserMethod(iterator, "__next__") else {
                throw PythonError(.typeError, "'\(iterator.typeName)' object is not an iterator")
            }
            return v
        } catch let error as PythonError where error.exception.exceptionClass.isSubclass(of: .stopIteration) {
            return nil
        }
    }

    /// A `with` block over an object with `__enter__`/`__exit__`.
    func withUserContext(
        _ manager: Value, _ body: (Value) throws -> Flow
    ) throws -> Flow {
        guard let enter = try getAttributeIfPresent(manager, "__enter__"),
            let exit = try getAttributeIfPresent(manager, "__exit__")
        else {
            throw PythonError(
                .typeError, "'\(manager.typeName)' object does not support the context manager protocol")
        }
        let entered = try call(enter, Arguments())
        let flow: Flow
        do {
            flow = try body(entered)
        } catch let error as PythonError {
            let exception = Value.object(error.exception)
            let suppress = try call(exit, Arguments([.object(error.exception.exceptionClass), exception, .noneValue]))
            if try truthy(suppress) { return .normal }
            throw error
        }
        _ = try call(exit, Arguments([.noneValue, .noneValue, .noneValue]))
        return flow
    }
}
