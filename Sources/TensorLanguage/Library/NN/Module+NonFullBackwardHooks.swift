import Autograd

/// The deprecated `register_backward_hook` as PyTorch keeps it: after `forward` (and the forward
/// hooks), each hook is registered on the `grad_fn` of the first tensor of the result and called
/// with `(module, grad_input, grad_output)` of that one node, which is why PyTorch warns that it
/// misses gradients when the forward made more than one node.
extension NNModuleType {
    static let mixedBackwardHooks =
        "Cannot use both regular backward hooks and full backward hooks on a single Module. Please use only one of them."

    nonisolated(unsafe) static let nonFullBackwardHookMethods: [String: Method] = [
        "register_backward_hook": { receiver, args, _ in
            let r = try ArgumentReader("register_backward_hook", args, ["hook"])
            let o = try instance(receiver, "register_backward_hook")
            if try isFull(o) == true { throw PythonError(.runtimeError, mixedBackwardHooks) }
            try o.instanceDict.set(.string("_is_full_backward_hook"), .bool(false))
            return try register(receiver, "_backward_hooks", try r.required("hook"), prepend: false, kwargsDict: nil)
        }
    ]

    /// `_is_full_backward_hook`: nil until a backward hook of either kind is registered.
    static func isFull(_ o: InstanceObject) throws -> Bool? {
        if case .bool(let full)? = try o.instanceDict.get(.string("_is_full_backward_hook")) { return full }
        return nil
    }

    /// Registers the module's non-full hooks on the result's node, then warns as PyTorch's
    /// `_maybe_warn_non_full_backward_hook` does.
    static func attachNonFullBackwardHooks(
        _ receiver: Value, _ hooks: [Value], inputs: [Value], result: Value, _ interpreter: Interpreter
    ) throws {
        var first = result
        for _ in 0..<64 {
            if case .tensor = first { break }
            if case .dict(let d) = first {
                guard let tensor = d.values.first(where: { if case .tensor = $0 { true } else { false } }) else {
                    throw PythonError(.stopIteration, "")
                }
                first = tensor
            } else {
                first = try interpreter.getItem(first, .int(0))
            }
        }
        guard case .tensor(let output) = first, let node = output.gradFn else { return }
        for hook in hooks {
            _ = node.registerPostHook { inputs, outputs in
                try NodeHooks.call(
                    hook, [receiver, NodeHooks.pack(inputs), NodeHooks.pack(outputs)], replacing: inputs, interpreter)
            }
        }
        if let warning = nonFullWarning(inputs: inputs, result: result, node: node) {
            interpreter.warn(
                category: "FutureWarning", message: warning, stackLevel: 1, libraryLocation: "torch/nn/modules/module.py")
        }
    }

    private static func nonFullWarning(inputs: [Value], result: Value, node: Node) -> String? {
        let tensors = { (values: [Value]) -> [Tensor]? in
            let found = values.compactMap { if case .tensor(let t) = $0 { t } else { nil } }
            return found.count == values.count ? found : nil
        }
        let outputs: [Tensor]?
        switch result {
        case .tensor(let t): outputs = [t]
        case .tuple(let items): outputs = tensors(items)
        default: outputs = nil
        }
        guard let outputs else { return NonFullHookMessages.notTensorOutput }
        guard let inputTensors = tensors(inputs) else { return NonFullHookMessages.notTensorInput }
        let outputNodes = Set(outputs.compactMap { $0.gradFn.map(ObjectIdentifier.init) })
        if outputNodes.isEmpty || (outputNodes.count == 1 && !outputNodes.contains(ObjectIdentifier(node))) {
            return NonFullHookMessages.nested
        }
        if outputNodes.count > 1 { return NonFullHookMessages.differentNodes }
        let inputNodes = Set(inputTensors.compactMap { $0.gradFn.map(ObjectIdentifier.init) })
        // `{n[0] for n in grad_fn.next_functions}` keeps None for an input that needs no gradient.
        let next = node.nextFunctions.map { $0.node.map(ObjectIdentifier.init) }
        let nextNodes = Set(next.compactMap { $0 })
        let matches = !next.contains(where: { $0 == nil }) && nextNodes == inputNodes
        return matches ? nil : NonFullHookMessages.multipleNodes
    }
}

/// PyTorch's `FutureWarning`s for non-full backward hooks (`torch/nn/modules/module.py`).
enum NonFullHookMessages {
    static let notTensorOutput =
        "Using non-full backward hooks on a Module that does not return a single Tensor or a tuple of Tensors is deprecated and will be removed in future versions. This hook will be missing some of the grad_output. Please use register_full_backward_hook to get the documented behavior."
    static let notTensorInput =
        "Using non-full backward hooks on a Module that does not take as input a single Tensor or a tuple of Tensors is deprecated and will be removed in future versions. This hook will be missing some of the grad_input. Please use register_full_backward_hook to get the documented behavior."
    static let nested =
        "Using a non-full backward hook when outputs are nested in python data structure is deprecated and will be removed in future versions. This hook will be missing some grad_output."
    static let differentNodes =
        "Using a non-full backward hook when outputs are generated by different autograd Nodes is deprecated and will be removed in future versions. This hook will be missing some grad_output. Please use register_full_backward_hook to get the documented behavior."
    static let multipleNodes =
        "Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated and will be removed in future versions. This hook will be missing some grad_input. Please use register_full_backward_hook to get the documented behavior."
}
