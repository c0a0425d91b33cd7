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
        let (function, inputsValue, createGraph) = try read("jacobian", args, lastArgument: "strategy")
        return try jacobian(function, inputsValue, createGraph: createGraph, interpreter)
    }

    /// `func`, `inputs` and `create_graph` of `jacobian(...)` or `hessian(...)`, whose argument lists
    /// differ only in the last name.
    private static func read(
        _ name: String, _ args: Arguments, lastArgument: String
    ) throws -> (function: Value, inputs: Value, createGraph: Bool) {
        let r = try ArgumentReader(name, args, ["func", "inputs", "create_graph", "strict", "vectorize", lastArgument])
        return (try r.required("func"), try r.required("inputs"), try r.bool("create_graph", default: false))
    }

    /// PyTorch's `_as_tuple(inp, arg_name, fn_name)`: whether `value` was a tuple, and its
    /// tensors (a lone tensor counts as a one-tuple); anything else is refused with its type.
    private static func asTuple(
        _ value: Value, _ argName: String, _ caller: String, _ interpreter: Interpreter
    ) throws -> (isTuple: Bool, tensors: [Tensor]) {
        let isTuple: Bool
        let items: [Value]
        if case .tuple(let elements) = value { (isTuple, items) = (true, elements) } else { (isTuple, items) = (false, [value]) }
        let tensors = try items.enumerated().map { index, item -> Tensor in
            guard case .tensor(let t) = item else {
                let position = isTuple ? "value at index \(index)" : "given \(argName)"
                let type = try item.pythonType.repr(interpreter: interpreter)
                throw PythonError(
                    .typeError,
                    "The \(argName) given to \(caller) must be either a Tensor or a tuple of Tensors but the \(position) has type \(type)."
                )
            }
            return t
        }
        return (isTuple, tensors)
    }

    static func jacobian(
        _ function: Value, _ inputsValue: Value, createGraph: Bool, caller: String = "jacobian",
        _ interpreter: Interpreter
    ) throws -> Value {
        let (isTupleInput, given) = try asTuple(inputsValue, "inputs", caller, interpreter)
        let inputs = try given.map { t -> Tensor in
            let prepared = createGraph && t.requiresGrad ? try torch { try t.view(t.shape) } : t.detach()
            try torch { try prepared.setRequiresGrad(true) }
            return prepared
        }
        let result = try GradMode.with(true) { try interpreter.call(function, Arguments(inputs.map(Value.tensor))) }
        let (isTupleOutput, outputs) = try asTuple(result, "outputs of the user-provided function", caller, interpreter)
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
        let (function, inputsValue, createGraph) = try read("hessian", args, lastArgument: "outer_jacobian_strategy")
        let gradient = BuiltinFunction("jac_func") { args, interpreter in
            let given: Value = {
                if case .tuple = inputsValue { return .tuple(args.positional) }
                return args.positional.first ?? .noneValue
            }()
            return try jacobian(function, given, createGraph: true, caller: "hessian", interpreter)
        }
        return try jacobian(.object(gradient), inputsValue, createGraph: createGraph, caller: "hessian", interpreter)
    }

    private static func torch<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }
}
