import Autograd

/// `Module.__init__`, `__setattr__`, `__getattr__`, `__delattr__`, `__dir__` and the `register_*`
/// methods, with `torch/nn/modules/module.py`'s rules and messages.
extension NNModuleType {
    static let stateNames = [
        "_parameters", "_buffers", "_non_persistent_buffers_set", "_backward_pre_hooks", "_backward_hooks",
        "_forward_hooks", "_forward_hooks_with_kwargs", "_forward_hooks_always_called", "_forward_pre_hooks",
        "_forward_pre_hooks_with_kwargs", "_modules",
    ]

    nonisolated(unsafe) static let attributeMethods: [String: Method] = [
        "__init__": { receiver, args, _ in
            let o = try instance(receiver, "__init__")
            if let keyword = args.keywords.first {
                throw PythonError(
                    .typeError, "\(o.cls.name).__init__() got an unexpected keyword argument '\(keyword.name)'")
            }
            if !args.positional.isEmpty {
                throw PythonError(
                    .typeError,
                    "\(o.cls.name).__init__() takes 1 positional argument but \(args.positional.count + 1) were given")
            }
            try o.instanceDict.set(.string("training"), .bool(true))
            for name in stateNames {
                let value: Value =
                    name == "_non_persistent_buffers_set" ? .object(SetObject(frozen: false)) : .dict(DictBox())
                try o.instanceDict.set(.string(name), value)
            }
            return .noneValue
        },
        "__setattr__": { receiver, args, interpreter in
            let o = try instance(receiver, "__setattr__")
            let (name, value) = try nameAndValue(args, "__setattr__")
            try setAttribute(o, receiver, name, value, interpreter)
            return .noneValue
        },
        "__getattr__": { receiver, args, _ in
            let o = try instance(receiver, "__getattr__")
            let (name, _) = try nameAndValue(args, "__getattr__", count: 1)
            for dict in ["_parameters", "_buffers", "_modules"] {
                if let found = try stateDict(o, dict)?.get(.string(name)) { return found }
            }
            throw PythonError(.attributeError, "'\(o.cls.name)' object has no attribute '\(name)'")
        },
        "__delattr__": { receiver, args, interpreter in
            let o = try instance(receiver, "__delattr__")
            let (name, _) = try nameAndValue(args, "__delattr__", count: 1)
            for dict in ["_parameters", "_buffers", "_modules"] {
                if let d = stateDict(o, dict), try d.remove(.string(name)) {
                    if dict == "_buffers" { try discardNonPersistent(o, name, interpreter) }
                    return .noneValue
                }
            }
            try interpreter.genericDeleteAttribute(o, receiver: receiver, name)
            return .noneValue
        },
        "__dir__": { receiver, _, _ in
            let o = try instance(receiver, "__dir__")
            var names = Set(AttributeNames.of(receiver))
            for dict in ["_parameters", "_buffers", "_modules"] { names.formUnion(entries(o, dict).map(\.0)) }
            return .list(ListBox(names.filter { !($0.first?.isNumber ?? false) }.sorted().map { .string($0) }))
        },
        "register_parameter": { receiver, args, interpreter in
            let o = try instance(receiver, "register_parameter")
            let r = try ArgumentReader("register_parameter", args, ["name", "param"])
            try registerParameter(o, receiver, try r.required("name"), try r.required("param"), interpreter)
            return .noneValue
        },
        "register_buffer": { receiver, args, interpreter in
            let o = try instance(receiver, "register_buffer")
            let r = try ArgumentReader("register_buffer", args, ["name", "tensor", "persistent"])
            let persistent = try r.bool("persistent", default: true)
            try registerBuffer(o, receiver, try r.required("name"), try r.required("tensor"), persistent, interpreter)
            return .noneValue
        },
        "add_module": { receiver, args, interpreter in try addModule(receiver, args, interpreter, "add_module") },
        "register_module": { receiver, args, interpreter in
            try addModule(receiver, args, interpreter, "register_module")
        },
    ]

    static func nameAndValue(_ args: Arguments, _ method: String, count: Int = 2) throws -> (String, Value?) {
        guard args.positional.count == count, args.keywords.isEmpty else {
            throw PythonError(.typeError, "expected \(count) arguments, got \(args.positional.count)")
        }
        guard case .string(let name) = args.positional[0] else {
            throw PythonError(
                .typeError, "attribute name must be string, not '\(args.positional[0].pythonType.name)'")
        }
        return (name, count == 2 ? args.positional[1] : nil)
    }

    /// `Module.__setattr__`: parameters, submodules and buffers go to their dicts, the rest to `__dict__`.
    static func setAttribute(
        _ o: InstanceObject, _ receiver: Value, _ name: String, _ value: Value?, _ interpreter: Interpreter
    ) throws {
        guard let value else { return }
        let params = stateDict(o, "_parameters")
        if NNParameter.isParameter(value) {
            guard params != nil else {
                throw PythonError(.attributeError, "cannot assign parameters before Module.__init__() call")
            }
            try remove(name, from: o, ["__dict__", "_buffers", "_modules"], interpreter)
            try registerParameter(o, receiver, .string(name), value, interpreter)
            return
        }
        if let params, try params.get(.string(name)) != nil {
            try requireNone(value, as: "parameter '\(name)'", "torch.nn.Parameter")
            try registerParameter(o, receiver, .string(name), value, interpreter)
            return
        }
        let modules = stateDict(o, "_modules")
        if isModule(value) {
            guard let modules else {
                throw PythonError(.attributeError, "cannot assign module before Module.__init__() call")
            }
            try remove(name, from: o, ["__dict__", "_parameters", "_buffers"], interpreter)
            try modules.set(.string(name), value)
            return
        }
        if let modules, try modules.get(.string(name)) != nil {
            try requireNone(value, as: "child module '\(name)'", "torch.nn.Module")
            try modules.set(.string(name), value)
            return
        }
        if let buffers = stateDict(o, "_buffers"), try buffers.get(.string(name)) != nil {
            if case .tensor = value {} else { try requireNone(value, as: "buffer '\(name)'", "torch.Tensor") }
            try buffers.set(.string(name), value)
            return
        }
        try interpreter.genericSetAttribute(o, receiver: receiver, name, value)
    }

    /// `__setattr__`'s refusal of a value that can only be `None` (or `expected`) in that slot.
    private static func requireNone(_ value: Value, as slot: String, _ expected: String) throws {
        guard case .noneValue = value else {
            throw PythonError(.typeError, "cannot assign '\(typename(value))' as \(slot) (\(expected) or None expected)")
        }
    }

    private static func remove(_ name: String, from o: InstanceObject, _ dicts: [String], _ interpreter: Interpreter) throws {
        for dict in dicts {
            let box = dict == "__dict__" ? o.instanceDict : stateDict(o, dict)
            _ = try box?.remove(.string(name))
            if dict == "_buffers" { try discardNonPersistent(o, name, interpreter) }
        }
    }

    static func discardNonPersistent(_ o: InstanceObject, _ name: String, _ interpreter: Interpreter) throws {
        guard case .object(let set as SetObject)? = try o.instanceDict.get(.string("_non_persistent_buffers_set")) else {
            return
        }
        _ = set.remove(try set.entry(for: .string(name), interpreter))
    }
}
