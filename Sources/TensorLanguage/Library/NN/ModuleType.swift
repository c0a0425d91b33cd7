import Autograd

/// `torch.nn.Module`: a class whose methods are Swift and whose state lives in ordinary Python
/// containers in the instance's `__dict__` (`_parameters`, `_buffers`, `_modules`, hook dicts), so a
/// user subclass sees what a PyTorch user sees (`model._modules`, `vars(model)`).
///
/// It is made as a heap type (as if by a `class` statement in `torch/nn/modules/module.py`): the
/// interpreter dispatches `__setattr__`, `__getattr__`, `__call__` and `__repr__` to it exactly as
/// to a user's own class, so subclasses may override any of them and call `super()`.
enum NNModuleType {
    static let type: PyType = {
        let namespace = DictBox()
        // A class made here cannot fail: its only base is `object`.
        let made =
            (try? PyType.make(name: "Module", bases: [.object], namespace: namespace, module: "torch.nn.modules.module"))
            ?? PyType.object
        for (name, body) in methods { made.define(name, .object(BuiltinMethodDescriptor(name, of: "Module", body))) }
        made.define("training", .bool(true))
        made.define("_version", .int(1))
        made.define("dump_patches", .bool(false))
        made.define("call_super_init", .bool(false))
        return made
    }()

    typealias Method = (Value, Arguments, Interpreter) throws -> Value

    nonisolated(unsafe) static let methods: [String: Method] = {
        var table: [String: Method] = [:]
        for part in [
            attributeMethods, traversalMethods, stateMethods, modeMethods, callMethods, backwardHookMethods,
            nonFullBackwardHookMethods,
        ] {
            table.merge(part) { a, _ in a }
        }
        return table
    }()

    /// The instance behind a `Module` value, for methods called on something else (`Module.train(3)`).
    static func instance(_ value: Value, _ method: String) throws -> InstanceObject {
        guard case .object(let o as InstanceObject) = value, o.cls.isSubclass(of: type) else {
            throw PythonError(
                .typeError, "descriptor '\(method)' for 'Module' objects doesn't apply to a '\(value.typeName)' object")
        }
        return o
    }

    static func isModule(_ value: Value) -> Bool {
        guard case .object(let o as InstanceObject) = value else { return false }
        return o.cls.isSubclass(of: type)
    }

    /// One of the instance's state dicts (`_parameters`, `_buffers`, `_modules`…), nil before `Module.__init__`.
    static func stateDict(_ o: InstanceObject, _ name: String) -> DictBox? {
        guard case .dict(let d)? = try? o.instanceDict.get(.string(name)) else { return nil }
        return d
    }

    /// `_parameters`/`_buffers`/`_modules` as `(name, value)` pairs in insertion order.
    static func entries(_ o: InstanceObject, _ name: String) -> [(String, Value)] {
        guard let d = stateDict(o, name) else { return [] }
        return zip(d.keys, d.values).compactMap { key, value in
            guard case .string(let s) = key else { return nil }
            return (s, value)
        }
    }

    /// `torch.typename(value)`: `torch.FloatTensor` for a tensor, `module.Qualname` for other objects.
    static func typename(_ value: Value) -> String {
        if case .tensor(let t) = value { return t.dtype.legacyTypeName }
        let cls = value.pythonType
        return cls.moduleName == "builtins" ? cls.name : "\(cls.moduleName).\(cls.name)"
    }
}
