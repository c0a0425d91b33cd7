import Autograd

/// `torch.autograd.functional.jacobian` and `hessian`, PyTorch's reverse-mode strategy: the
/// inputs are detached and made to require grad, then one `autograd.grad` per output element.
enum FunctionalJacobian {
    static func makeModule() -> ModuleObject {
        let m = ModuleObject("torch.autograd.functional")
        m.members["jacobian"] = .object(BuiltinFunction("jacobian", jacobian))
        m.members["hessian"] = .object(BuiltinFunction("hessian", hessian))
        return m
    }

    /// `jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy='reverse-mode')`.
    static func jacobian(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader(
            "jacobian", args, ["func", "inputs", "create_graph", "strict", "vectorize", "strategy"])
        let function = try r.required("func")
        let inputsValue = try r.required("inputs")
        let createGraph = try r.bool("create_graph", default: false)
        return try jacobian(function, inputsValue, createGraph: createGraph, interpreter)
    }

    static func jacobian(
        _ function: Value, _ inputsValue: Value, createGraph: Bool, _ interpreter: Interpreter
    ) throws -> Value {
        let isTupleInput: Bool
        if case .tuple = inputsValue { isTupleInput = true } else { isTupleInput = false }
        let inputs = try Gradcheck.tupled(inputsValue).map { value -> Tensor in
            guard case .tensor(let t) = value else {
                throw PythonError(
                    .typeError,
                    "The inputs given to jacobian must be either a Tensor or a tuple of Tensors but the value at index 0 has type \(value.typeName)."
                )
            }
            let prepared = createGraph && t.requiresGrad ? try torch { try t.view(t.shape) } : t.detach()
            try torch { try prepared.setRequiresGrad(true) }
            return prepared
        }
        let result = try GradMode.with(true) { try interpreter.call(function, Arguments(inputs.map(Value.tensor))) }
        let isTupleOutput: Bool
        if case .tuple = result { isTupleOutput = true } else { isTupleOutput = false }
        let outputs = try Gradcheck.tupled(result).map { value -> Tensor in
            guard case .tensor(let t) = value else {
                throw PythonError(
                    .typeError,
                    "The outputs of the user-provided function given to jacobian must be either a Tensor or a tuple of Tensors but the value at index 0 has type \(value.typeName)."
                )
            }
            return t
        }
        let blocks = try outputs.map { try rows(of: $0, inputs, createGraph: createGraph) }
        let perOutput: [Value] = blocks.map { block in
            isTupleInput ? .tuple(block.map(Value.tensor)) : block.first.map(Value.tensor) ?? .noneValue
        }
        return isTupleOutput ? .tuple(perOutput) : perOutput.first ?? .noneValue
    }

    /// d output / d input for each input, shaped `output.shape + input.shape`.
    private static func rows(of output: Tensor, _ inputs: [Tensor], createGraph: Bool) throws -> [Tensor] {
        var rows: [[Tensor]] = inputs.map { _ in [] }
        let flat = try torch { try output.reshape([-1]) }
        for k in 0..<output.numel {
            var grads: [Tensor?] = inputs.map { _ in nil }
            if output.requiresGrad {
                let element = try torch { try flat.select(0, k) }
                grads = try torch {
                    try Autograd.grad(
                        outputs: [element], inputs: inputs, retainGraph: true, createGraph: createGraph,
                        allowUnused: true)
                }
            }
            for (i, input) in inputs.enumerated() {
                rows[i].append(try grads[i] ?? torch { try Tensor.zeros(input.shape, dtype: input.dtype) })
            }
        }
        return try zip(rows, inputs).map { row, input in
            try torch { try Tensor.stack(row, dim: 0).view(output.shape + input.shape) }
        }
    }

    /// `hessian(func, inputs, create_graph=False, ...)`: the Jacobian of the gradient of a scalar function.
    static func hessian(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader(
            "hessian", args, ["func", "inputs", "create_graph", "strict", "vectorize", "outer_jacobian_strategy"])
        let function = try r.required("func")
        let inputsValue = try r.required("inputs")
        let createGraph = try r.bool("create_graph", default: false)
        let gradient = BuiltinFunction("jac_func") { args, interpreter in
            let given: Value = {
                if case .tuple = inputsValue { return .tuple(args.positional) }
                return args.positional.first ?? .noneValue
            }()
            return try jacobian(function, given, createGraph: true, interpreter)
        }
        return try jacobian(.object(gradient), inputsValue, createGraph: createGraph, interpreter)
    }

    private static func torch<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }
}
