import Autograd

/// Full backward hooks (`register_full_backward_hook`, `register_full_backward_pre_hook`) as PyTorch's
/// `BackwardHook` makes them: the module's tensor inputs and outputs pass through identity nodes named
/// `BackwardHookFunctionBackward`; the output node records `grad_output` (after the pre-hooks), the
/// input node calls each hook with `(module, grad_input, grad_output)` and may take its replacement.
extension NNModuleType {
    nonisolated(unsafe) static let backwardHookMethods: [String: Method] = [
        "register_full_backward_hook": { receiver, args, _ in
            let r = try ArgumentReader("register_full_backward_hook", args, ["hook", "prepend"])
            let o = try instance(receiver, "register_full_backward_hook")
            if try isFull(o) == false { throw PythonError(.runtimeError, mixedBackwardHooks) }
            try o.instanceDict.set(.string("_is_full_backward_hook"), .bool(true))
            return try register(
                receiver, "_backward_hooks", try r.required("hook"), prepend: try r.bool("prepend", default: false),
                kwargsDict: nil)
        },
        "register_full_backward_pre_hook": { receiver, args, _ in
            let r = try ArgumentReader("register_full_backward_pre_hook", args, ["hook", "prepend"])
            return try register(
                receiver, "_backward_pre_hooks", try r.required("hook"), prepend: try r.bool("prepend", default: false),
                kwargsDict: nil)
        },
    ]

    /// What the two identity nodes of one call share.
    private final class BackwardHookState {
        var gradOutputs: [Tensor?] = []
    }

    /// `forward(*args)` with the module's full backward hooks attached to its inputs and outputs.
    static func callWithBackwardHooks(
        _ receiver: Value, _ args: Arguments, _ interpreter: Interpreter, forward: (Arguments) throws -> Value
    ) throws -> Value {
        let o = try instance(receiver, "__call__")
        guard GradMode.isEnabled else { return try forward(args) }
        let hooks = stateDict(o, "_backward_hooks")?.values ?? []
        let preHooks = stateDict(o, "_backward_pre_hooks")?.values ?? []
        let state = BackwardHookState()
        let argumentCount = args.positional.count
        let positions = args.positional.indices.filter { if case .tensor = args.positional[$0] { true } else { false } }
        let inputs = positions.compactMap { if case .tensor(let t) = args.positional[$0] { t } else { nil } }
        var args = args
        let inputsTracked = inputs.contains { $0.requiresGrad }
        if inputsTracked {
            let node = CustomFunctionNode(name: "BackwardHookFunctionBackward", inputs: inputs, outputCount: inputs.count) {
                [weak interpreter] grads in
                guard let interpreter else { return grads }
                return try runHooks(
                    hooks, receiver, grads, positions: positions, count: argumentCount, state: state, interpreter)
            }
            let wrapped = try node.attach(
                outputs: inputs.map { $0.requiresGrad ? .differentiable($0) : .nonDifferentiable($0) }, inputs: inputs,
                saving: [])
            for (position, tensor) in zip(positions, wrapped) { if let tensor { args.positional[position] = .tensor(tensor) } }
        }
        let result = try forward(args)
        let (isTuple, items): (Bool, [Value]) = if case .tuple(let values) = result { (true, values) } else { (false, [result]) }
        let outputs = items.compactMap { if case .tensor(let t) = $0, t.requiresGrad { t } else { nil } }
        guard !outputs.isEmpty else { return result }
        let node = CustomFunctionNode(name: "BackwardHookFunctionBackward", inputs: outputs, outputCount: outputs.count) {
            [weak interpreter] grads in
            guard let interpreter else { return grads }
            var grads = grads
            for hook in preHooks {
                let replaced = try interpreter.call(hook, Arguments([receiver, .tuple(grads.map(optionalTensor))]))
                if case .tuple(let values) = replaced { grads = values.map { if case .tensor(let t) = $0 { t } else { nil } } }
            }
            state.gradOutputs = grads
            if !inputsTracked {
                let none = Value.tuple(Array(repeating: .noneValue, count: argumentCount))
                for hook in hooks {
                    let answer = try interpreter.call(hook, Arguments([receiver, none, .tuple(grads.map(optionalTensor))]))
                    if case .noneValue = answer { continue }
                    if case .tuple(let values) = answer, values.allSatisfy(\.isNone) { continue }
                    throw PythonError(
                        .runtimeError,
                        "Backward hook for Modules where no input requires gradient should always return None or None for all gradients."
                    )
                }
            }
            return grads
        }
        let attached = try node.attach(outputs: outputs.map { .differentiable($0) }, inputs: outputs, saving: [])
        var replaced = items
        var next = 0
        for (index, item) in items.enumerated() {
            guard case .tensor(let t) = item, t.requiresGrad, next < attached.count, let out = attached[next] else { continue }
            replaced[index] = .tensor(out)
            next += 1
        }
        return isTuple ? .tuple(replaced) : replaced[0]
    }

    private static func optionalTensor(_ t: Tensor?) -> Value { t.map(Value.tensor) ?? .noneValue }

    /// Calls each full backward hook with `(module, grad_input, grad_output)`; a returned tuple replaces
    /// the tensor inputs' gradients.
    private static func runHooks(
        _ hooks: [Value], _ receiver: Value, _ grads: [Tensor?], positions: [Int], count: Int, state: BackwardHookState,
        _ interpreter: Interpreter
    ) throws -> [Tensor?] {
        var grads = grads
        for hook in hooks {
            var packed = [Value](repeating: .noneValue, count: count)
            for (position, grad) in zip(positions, grads) { packed[position] = optionalTensor(grad) }
            let answer = try interpreter.call(
                hook, Arguments([receiver, .tuple(packed), .tuple(state.gradOutputs.map(optionalTensor))]))
            guard case .tuple(let values) = answer else { continue }
            guard values.count == count else {
                throw PythonError(
                    .runtimeError,
                    "Backward hook returned an invalid number of grad_input, got \(values.count), but expected \(count)")
            }
            grads = positions.map { if case .tensor(let t) = values[$0] { t } else { nil } }
        }
        return grads
    }
}
