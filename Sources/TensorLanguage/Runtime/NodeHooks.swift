import Autograd

/// `grad_fn.register_hook(fn)` (`fn(grad_inputs, grad_outputs)`) and `grad_fn.register_prehook(fn)`
/// (`fn(grad_outputs)`): Python callables as engine node hooks. A hook returns `None` or a tuple of
/// the same length whose tensors replace the gradients, as PyTorch's `check_result` demands.
enum NodeHooks {
    static func registration(_ name: String, on node: Node, interpreter: Interpreter) -> BuiltinFunction {
        BuiltinFunction(name) { [weak interpreter] args, _ in
            let hook = try ArgumentReader(name, args, ["fn"]).required("fn")
            guard let interpreter else { return .noneValue }
            let registration =
                name == "register_hook"
                ? node.registerPostHook { inputs, outputs in
                    try call(hook, [pack(inputs), pack(outputs)], replacing: inputs, interpreter)
                }
                : node.registerPreHook { outputs in try call(hook, [pack(outputs)], replacing: outputs, interpreter) }
            return .object(RemovableHandle(dicts: [], registrations: [registration]))
        }
    }

    static func pack(_ grads: [Tensor?]) -> Value { .tuple(grads.map { $0.map(Value.tensor) ?? .noneValue }) }

    /// Calls `hook`; `None` keeps `previous`, a tuple of its length replaces it.
    static func call(_ hook: Value, _ arguments: [Value], replacing previous: [Tensor?], _ interpreter: Interpreter) throws
        -> [Tensor?]?
    {
        let result = try interpreter.call(hook, Arguments(arguments))
        if case .noneValue = result { return nil }
        guard case .tuple(let values) = result else {
            throw PythonError(.typeError, "expected tuple, but hook returned '\(result.typeName)'")
        }
        guard values.count == previous.count else {
            let name = (try? interpreter.getAttribute(hook, "__name__")).flatMap {
                if case .string(let s) = $0 { s } else { nil }
            }
            throw PythonError(
                .runtimeError,
                "hook '\(name ?? "<unknown>")' has returned an incorrect number of values (got \(values.count), but expected \(previous.count))"
            )
        }
        return try values.map { value in
            switch value {
            case .tensor(let t): return t
            case .noneValue: return nil
            default: throw PythonError(.typeError, "expected Variable or None (got \(value.typeName))")
            }
        }
    }
}
