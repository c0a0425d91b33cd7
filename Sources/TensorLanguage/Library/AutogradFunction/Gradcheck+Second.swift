import Autograd

extension Gradcheck {
    /// `gradgradcheck(func, inputs, grad_outputs=None, ...)`: `gradcheck` of the function that maps
    /// inputs and output gradients to input gradients (with `create_graph=True`). Missing output
    /// gradients are drawn uniformly from [-1, 1) as PyTorch's `make_tensor` draws them.
    static func gradgradcheck(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let reader = try ArgumentReader("gradgradcheck", positionalPart(args), ["func", "inputs", "grad_outputs"])
        var check = Gradcheck(interpreter: interpreter)
        try check.readOptions(args)
        guard let function = reader.value("func"), let inputsValue = reader.value("inputs") else {
            throw PythonError(.typeError, "gradgradcheck() missing 2 required positional arguments: 'func' and 'inputs'")
        }
        let inputs = tupled(inputsValue)
        let gradOutputs: [Value]
        if let given = reader.value("grad_outputs"), !given.isNone {
            gradOutputs = tupled(given)
        } else {
            let outputs = try check.call(function, inputs).filter(\.requiresGrad)
            gradOutputs = try outputs.map { output in
                let t = try Tensor.zeros(output.shape, dtype: output.dtype)
                try check.torch {
                    try t.uniformFill(from: -1, to: 1)
                    try t.setRequiresGrad(true)
                }
                return .tensor(t)
            }
        }
        let inputCount = inputs.count
        let secondOrder = BuiltinFunction("new_func") { args, interpreter in
            let given = args.positional
            let inputPart = Array(given.prefix(inputCount))
            let outputs = try Gradcheck(interpreter: interpreter).call(function, inputPart).filter(\.requiresGrad)
            let differentiable = inputPart.compactMap { if case .tensor(let t) = $0, t.requiresGrad { t } else { nil } }
            let gradients = given.dropFirst(inputCount).compactMap { if case .tensor(let t) = $0 { t } else { nil } }
            let grads = try check.torch {
                try Autograd.grad(
                    outputs: outputs, inputs: differentiable, gradOutputs: gradients, createGraph: true, allowUnused: true)
            }
            return .tuple(grads.compactMap { $0.map(Value.tensor) })
        }
        return .bool(try check.run(.object(secondOrder), inputs + gradOutputs))
    }
}
