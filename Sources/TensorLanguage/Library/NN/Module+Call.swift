import Autograd
import Synchronization

/// `Module.__call__` (`_call_impl`): forward pre-hooks, `forward`, forward hooks; and the hook
/// registration methods returning `RemovableHandle`s.
extension NNModuleType {
    nonisolated(unsafe) static let callMethods: [String: Method] = [
        "__call__": { receiver, args, interpreter in try call(receiver, args, interpreter) },
        "forward": { receiver, _, _ in
            let o = try instance(receiver, "forward")
            throw PythonError(.notImplementedError, "Module [\(o.cls.name)] is missing the required \"forward\" function")
        },
        "register_forward_pre_hook": { receiver, args, interpreter in
            let r = try ArgumentReader("register_forward_pre_hook", args, ["hook", "prepend", "with_kwargs"])
            return try register(
                receiver, "_forward_pre_hooks", try r.required("hook"), prepend: try r.bool("prepend", default: false),
                kwargsDict: try r.bool("with_kwargs", default: false) ? "_forward_pre_hooks_with_kwargs" : nil)
        },
        "register_forward_hook": { receiver, args, interpreter in
            let r = try ArgumentReader("register_forward_hook", args, ["hook", "prepend", "with_kwargs", "always_call"])
            return try register(
                receiver, "_forward_hooks", try r.required("hook"), prepend: try r.bool("prepend", default: false),
                kwargsDict: try r.bool("with_kwargs", default: false) ? "_forward_hooks_with_kwargs" : nil)
        },
    ]

    private static func hooks(_ o: InstanceObject, _ name: String) -> DictBox? {
        guard let d = stateDict(o, name), d.count > 0 else { return nil }
        return d
    }

    static func call(_ receiver: Value, _ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let o = try instance(receiver, "__call__")
        let preHooks = hooks(o, "_forward_pre_hooks")
        let postHooks = hooks(o, "_forward_hooks")
        let backwardHooks = hooks(o, "_backward_hooks")
        let nonFull = try backwardHooks != nil && isFull(o) == false
        let backwardHooked = (backwardHooks != nil && !nonFull) || hooks(o, "_backward_pre_hooks") != nil
        if preHooks == nil && postHooks == nil && !backwardHooked && !nonFull {
            return try interpreter.callMethod(receiver, "forward", args)
        }
        let forward = try interpreter.getAttribute(receiver, "forward")
        var args = args
        let kwargs = Value.dict(try keywordDict(args))
        if let preHooks {
            let withKwargs = stateDict(o, "_forward_pre_hooks_with_kwargs")
            for (id, hook) in zip(preHooks.keys, preHooks.values) {
                if try withKwargs?.get(id) != nil {
                    let result = try interpreter.call(hook, Arguments([receiver, .tuple(args.positional), kwargs]))
                    guard case .noneValue = result else {
                        guard case .tuple(let pair) = result, pair.count == 2, case .tuple(let newArgs) = pair[0] else {
                            throw PythonError(
                                .runtimeError,
                                "forward pre-hook must return None or a tuple of (new_args, new_kwargs), but got \(try interpreter.repr(result))."
                            )
                        }
                        args = Arguments(newArgs, keywords: try keywordArguments(pair[1]))
                        continue
                    }
                } else {
                    let result = try interpreter.call(hook, Arguments([receiver, .tuple(args.positional)]))
                    switch result {
                    case .noneValue: break
                    case .tuple(let items): args.positional = items
                    default: args.positional = [result]
                    }
                }
            }
        }
        let finalArgs = args
        var result =
            backwardHooked
            ? try callWithBackwardHooks(receiver, finalArgs, interpreter) { try interpreter.call(forward, $0) }
            : try interpreter.call(forward, args)
        if let postHooks {
            let withKwargs = stateDict(o, "_forward_hooks_with_kwargs")
            for (id, hook) in zip(postHooks.keys, postHooks.values) {
                let hookArgs: [Value] =
                    try withKwargs?.get(id) != nil
                    ? [receiver, .tuple(args.positional), .dict(try keywordDict(args)), result]
                    : [receiver, .tuple(args.positional), result]
                let replaced = try interpreter.call(hook, Arguments(hookArgs))
                if case .noneValue = replaced { continue }
                result = replaced
            }
        }
        if nonFull, let backwardHooks {
            try attachNonFullBackwardHooks(
                receiver, backwardHooks.values, inputs: finalArgs.positional, result: result, interpreter)
        }
        return result
    }

    private static func keywordDict(_ args: Arguments) throws -> DictBox {
        let d = DictBox()
        for (name, value) in args.keywords { try d.set(.string(name), value) }
        return d
    }

    private static func keywordArguments(_ value: Value) throws -> [(name: String, value: Value)] {
        guard case .dict(let d) = value else { return [] }
        return zip(d.keys, d.values).compactMap { key, value in
            guard case .string(let name) = key else { return nil }
            return (name, value)
        }
    }

    /// Adds `hook` to the module's hook dict under a fresh id and returns its handle.
    static func register(
        _ receiver: Value, _ dictName: String, _ hook: Value, prepend: Bool, kwargsDict: String?
    ) throws -> Value {
        let o = try instance(receiver, "register_forward_hook")
        guard let dict = stateDict(o, dictName) else {
            throw PythonError(.attributeError, "'\(o.cls.name)' object has no attribute '\(dictName)'")
        }
        let handle = RemovableHandle(dicts: [dict] + (kwargsDict.flatMap { stateDict(o, $0) }.map { [$0] } ?? []))
        if prepend {
            let old = Array(zip(dict.keys, dict.values))
            _ = dict.takeAll()
            try dict.set(.int(handle.id), hook)
            for (k, v) in old { try dict.set(k, v) }
        } else {
            try dict.set(.int(handle.id), hook)
        }
        if let kwargsDict, let extra = stateDict(o, kwargsDict) { try extra.set(.int(handle.id), .bool(true)) }
        return .object(handle)
    }
}

/// `torch.utils.hooks.RemovableHandle`: `remove()` takes the hook out of the dicts it was added to.
final class RemovableHandle: PyObject {
    private static let counter = Atomic<Int>(0)
    let id: Int
    private var dicts: [WeakDict]

    private struct WeakDict {
        weak var dict: DictBox?
    }

    /// Tensor hooks (`Tensor.register_hook`) live in the engine, not in a dict.
    private let registrations: [HookRegistration]

    init(dicts: [DictBox], registrations: [HookRegistration] = []) {
        id = RemovableHandle.counter.add(1, ordering: .relaxed).oldValue
        self.dicts = dicts.map { WeakDict(dict: $0) }
        self.registrations = registrations
    }

    override var typeName: String { "RemovableHandle" }
    override var qualifiedTypeName: String { "torch.utils.hooks.RemovableHandle" }

    override func attribute(_ name: String, interpreter: Interpreter) throws -> Value? {
        switch name {
        case "id": return .int(id)
        case "remove":
            return .object(BoundMethod(.object(self), "remove") { [weak self] _, _, _ in try self?.remove() ?? .noneValue })
        // `with module.register_forward_hook(h):` removes the hook when the block ends.
        case "__enter__":
            return .object(
                BoundMethod(.object(self), "__enter__") { [weak self] _, _, _ in self.map { .object($0) } ?? .noneValue })
        case "__exit__":
            return .object(BoundMethod(.object(self), "__exit__") { [weak self] _, _, _ in try self?.remove() ?? .noneValue })
        default: return nil
        }
    }

    private func remove() throws -> Value {
        for entry in dicts { _ = try entry.dict?.remove(.int(id)) }
        for registration in registrations { registration.remove() }
        return .noneValue
    }
}
