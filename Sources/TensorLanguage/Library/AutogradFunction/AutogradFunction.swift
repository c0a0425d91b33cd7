import Autograd

/// `torch.autograd.Function`: user subclasses with static `forward`/`backward`, run by `apply`.
///
/// `apply` runs the forward with grad mode off, then records one `CustomFunctionNode` whose
/// backward calls the class's `backward` back through the interpreter.
enum AutogradFunction {
    static let module = "torch.autograd.function"

    /// `class MyFn(torch.autograd.Function)`'s companion class `MyFnBackward`, made once per
    /// class and kept in its `_backward_cls`, as PyTorch's `FunctionMeta` does.
    static func backwardClass(of forwardClass: PyType) -> PyType {
        if case .object(let found as PyType)? = try? forwardClass.namespace.get(.string("_backward_cls")) {
            return found
        }
        let made = PyType(builtin: forwardClass.name + "Backward", module: module, base: .backwardCFunction, layout: .object)
        forwardClass.define("_backward_cls", .object(made))
        return made
    }

    /// `MyFn.apply(*args)`.
    static func apply(_ cls: PyType, _ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let inputs = args.positional
        let tensorInputs = inputs.compactMap { if case .tensor(let t) = $0 { t } else { nil } }
        let recording = GradMode.isEnabled && tensorInputs.contains { $0.requiresGrad }
        let ctx = FunctionContext(forwardClass: cls)
        ctx.needsInputGrad = inputs.map { if case .tensor(let t) = $0 { t.requiresGrad } else { false } }
        let output = try GradMode.with(false) { try runForward(cls, ctx, args, interpreter) }
        let isTuple: Bool
        let items: [Value]
        if case .tuple(let values) = output {
            (isTuple, items) = (true, values)
        } else {
            (isTuple, items) = (false, [output])
        }
        guard recording else { return output }
        // Only which arguments were tensors is kept: the node must not keep its inputs alive.
        let tensorPositions = inputs.map { if case .tensor = $0 { true } else { false } }
        let node = CustomFunctionNode(name: ctx.cls.name, inputs: tensorInputs, outputCount: items.count) {
            [weak interpreter, ctx] grads in
            guard let interpreter else { return [] }
            return try runBackward(ctx, grads, tensorPositions: tensorPositions, interpreter)
        }
        node.context = ctx
        ctx.node = node
        let outputs = try wrapOutputs(items, ctx: ctx, node: node, inputs: tensorInputs)
        return isTuple ? .tuple(outputs) : outputs[0]
    }

    /// The forward in the old style (`forward(ctx, *args)`) or the new (`forward(*args)` and
    /// `setup_context(ctx, inputs, output)`).
    private static func runForward(
        _ cls: PyType, _ ctx: FunctionContext, _ args: Arguments, _ interpreter: Interpreter
    ) throws -> Value {
        let forward = try interpreter.getAttribute(.object(cls), "forward")
        guard cls.owner(of: "setup_context") !== PyType.autogradFunction else {
            return try interpreter.call(forward, Arguments([.object(ctx)] + args.positional, keywords: args.keywords))
        }
        let output = try interpreter.call(forward, args)
        let setup = try interpreter.getAttribute(.object(cls), "setup_context")
        _ = try interpreter.call(setup, Arguments([.object(ctx), .tuple(args.positional), output]))
        return output
    }

    /// Gives the forward's tensors their history: dirty inputs, non-differentiable outputs, the rest.
    private static func wrapOutputs(
        _ items: [Value], ctx: FunctionContext, node: CustomFunctionNode, inputs: [Tensor]
    ) throws -> [Value] {
        let outputs: [CustomFunctionNode.Output] = items.map { item in
            guard case .tensor(let t) = item else { return .other }
            if ctx.dirty.contains(where: { $0 === t }) { return .dirty(t) }
            if ctx.nonDifferentiable.contains(where: { $0 === t }) { return .nonDifferentiable(t) }
            return .differentiable(t)
        }
        for dirty in ctx.dirty where !items.contains(where: { if case .tensor(let t) = $0 { t === dirty } else { false } }) {
            throw PythonError(.runtimeError, AutogradFunctionMessages.dirtyNotOutput)
        }
        let saving = ctx.toSave
        ctx.toSave = []
        do {
            let attached = try node.attach(outputs: outputs, inputs: inputs, saving: saving)
            return zip(items, attached).map { item, tensor in tensor.map(Value.tensor) ?? item }
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }

    /// Calls the user's `backward(ctx, *grads)` and checks what it returns against the inputs.
    private static func runBackward(
        _ ctx: FunctionContext, _ grads: [Tensor?], tensorPositions: [Bool], _ interpreter: Interpreter
    ) throws -> [Tensor?] {
        var arguments: [Value] = [.object(ctx)]
        let meta = ctx.node?.outputMeta ?? []
        for (index, grad) in grads.enumerated() {
            if let grad {
                arguments.append(.tensor(grad))
            } else if ctx.materializeGrads, index < meta.count, let (shape, dtype) = meta[index] {
                arguments.append(.tensor(try Tensor.zeros(shape, dtype: dtype)))
            } else {
                arguments.append(.noneValue)
            }
        }
        let backward = try interpreter.getAttribute(.object(ctx.forwardClass), "backward")
        let result = try interpreter.call(backward, Arguments(arguments))
        return try inputGradients(result, ctx: ctx, tensorPositions: tensorPositions)
    }

    /// PyTorch's checks on a backward's result: one gradient per forward input (extra `None`s
    /// dropped), `None` for inputs that were not tensors; one gradient per tensor input back.
    private static func inputGradients(
        _ result: Value, ctx: FunctionContext, tensorPositions: [Bool]
    ) throws -> [Tensor?] {
        var values: [Value]
        if case .tuple(let items) = result { values = items } else { values = [result] }
        let name = ctx.cls.name
        let expected = tensorPositions.count
        if values.count > expected, values[expected...].allSatisfy({ if case .noneValue = $0 { true } else { false } }) {
            values = Array(values[..<expected])
        }
        guard values.count == expected else {
            throw PythonError(
                .runtimeError, AutogradFunctionMessages.gradientCount(name, expected: expected, got: values.count))
        }
        var grads: [Tensor?] = []
        for (index, (isTensor, value)) in zip(tensorPositions, values).enumerated() {
            switch (isTensor, value) {
            case (true, .tensor(let g)): grads.append(g)
            case (true, .noneValue): grads.append(nil)
            case (true, _): throw PythonError(.runtimeError, AutogradFunctionMessages.notTensorOrNone(value.typeName))
            case (false, .noneValue): continue
            case (false, _):
                throw PythonError(.runtimeError, AutogradFunctionMessages.gradientForNonTensor(name, position: index + 1))
            }
        }
        return grads
    }
}
