import Autograd

/// `torch.autograd.gradcheck` and `gradgradcheck` in PyTorch's slow mode: central differences
/// against one vector-Jacobian product per output element, with PyTorch's tolerances, messages,
/// and the same calls of the function (forward and backward run as often as PyTorch runs them).
struct Gradcheck {
    var eps = 1e-6
    var atol = 1e-5
    var rtol = 1e-3
    var raiseException = true
    let interpreter: Interpreter

    static let errorClass = PyType(
        builtin: "GradcheckError", module: "torch.autograd.gradcheck", base: .runtimeError, layout: .exception)

    /// `gradcheck(func, inputs, *, eps, atol, rtol, raise_exception, ...)`.
    static func gradcheck(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let reader = try ArgumentReader("gradcheck", positionalPart(args), ["func", "inputs"])
        var check = Gradcheck(interpreter: interpreter)
        try check.readOptions(args)
        guard let function = reader.value("func"), let inputs = reader.value("inputs") else {
            throw PythonError(.typeError, "gradcheck() missing 2 required positional arguments: 'func' and 'inputs'")
        }
        return .bool(try check.run(function, Gradcheck.tupled(inputs)))
    }

    mutating func readOptions(_ args: Arguments) throws {
        for (name, value) in args.keywords {
            switch (name, value) {
            case ("eps", .float(let v)): eps = v
            case ("atol", .float(let v)): atol = v
            case ("rtol", .float(let v)): rtol = v
            case ("atol", .int(let v)): atol = Double(v)
            case ("rtol", .int(let v)): rtol = Double(v)
            case ("raise_exception", _): raiseException = try interpreter.truthy(value)
            case ("func", _), ("inputs", _), ("nondet_tol", _), ("check_undefined_grad", _), ("check_grad_dtypes", _),
                ("check_batched_grad", _),
                ("fast_mode", _), ("check_backward_ad", _), ("gen_non_contig_grad_outputs", _), ("masked", _),
                ("check_forward_ad", _), ("check_batched_forward_grad", _), ("grad_outputs", _):
                continue
            default:
                throw PythonError(.typeError, "gradcheck() got an unexpected keyword argument '\(name)'")
            }
        }
    }

    /// The arguments `ArgumentReader` reads; the options are read by `readOptions`.
    static func positionalPart(_ args: Arguments) -> Arguments {
        Arguments(args.positional, keywords: args.keywords.filter { ["func", "inputs", "grad_outputs"].contains($0.name) })
    }

    static func tupled(_ value: Value) -> [Value] {
        switch value {
        case .tuple(let items): return items
        case .list(let box): return box.items
        default: return [value]
        }
    }

    /// Runs every check; false instead of `GradcheckError` when `raise_exception=False`.
    func run(_ function: Value, _ inputs: [Value]) throws -> Bool {
        do {
            try check(function, inputs)
            return true
        } catch let error as PythonError where error.exception.exceptionClass === Gradcheck.errorClass && !raiseException {
            return false
        }
    }

    private func check(_ function: Value, _ inputs: [Value]) throws {
        let differentiable = try checkInputs(inputs)
        let outputs = try call(function, inputs)
        let numerical = try numericalJacobians(function, inputs, outputs: outputs)
        var outputIndex = 0
        for (o, output) in outputs.enumerated() where output.requiresGrad {
            let analytical = try analyticalJacobians(output, differentiable)
            for (j, (a, n)) in zip(analytical, numerical[o]).enumerated() where !(try allClose(a, n)) {
                throw PythonError(
                    Gradcheck.errorClass,
                    "Jacobian mismatch for output \(outputIndex) with respect to input \(j),\n"
                        + "numerical:\(try interpreter.str(.tensor(n)))\nanalytical:\(try interpreter.str(.tensor(a)))\n")
            }
            outputIndex += 1
        }
        let usable = outputs.filter(\.requiresGrad)
        guard !usable.isEmpty else { return }
        try checkMultipliedByGradOutput(usable, differentiable, message: "backward not multiplied by grad_output")
        let again = try call(function, inputs).filter(\.requiresGrad)
        try checkMultipliedByGradOutput(
            again, differentiable,
            message:
                "Expected all input grads to be undefined or zero when all output grads are undefined or zero. Please look at \"Notes about undefined output gradients\" in \"tools/autograd/derivatives.yaml\""
        )
    }

    /// The inputs that require grad; warns for each one that is not float64.
    private func checkInputs(_ inputs: [Value]) throws -> [Tensor] {
        var differentiable: [Tensor] = []
        for (index, input) in inputs.enumerated() {
            guard case .tensor(let t) = input, t.requiresGrad else { continue }
            if t.dtype != .float64 {
                interpreter.warn(
                    category: "UserWarning",
                    message:
                        "Input #\(index) requires gradient and is not a double precision floating point or complex. This check will likely fail if all the inputs are not of double precision floating point or complex. "
                )
            }
            differentiable.append(t)
        }
        guard !differentiable.isEmpty else {
            throw PythonError(
                .valueError,
                "gradcheck expects at least one input tensor to require gradient, but none of them have requires_grad=True."
            )
        }
        return differentiable
    }

    /// The function's tensor outputs (a single tensor or a tuple).
    func call(_ function: Value, _ inputs: [Value]) throws -> [Tensor] {
        let result = try interpreter.call(function, Arguments(inputs))
        return Gradcheck.tupled(result).compactMap { if case .tensor(let t) = $0 { t } else { nil } }
    }

    /// `|a - n| <= atol + rtol * |n|` everywhere (`torch.allclose`).
    private func allClose(_ a: Tensor, _ n: Tensor) throws -> Bool {
        let x = try a.checkedDoubles()
        let y = try n.checkedDoubles()
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { a, n in a == n || abs(a - n) <= atol + rtol * abs(n) }
    }

    /// Backward with all-zero output gradients must give zero (or no) input gradients.
    private func checkMultipliedByGradOutput(_ outputs: [Tensor], _ inputs: [Tensor], message: String) throws {
        let zeros = try outputs.map { try Tensor.zeros($0.shape, dtype: $0.dtype) }
        let grads = try torch {
            try Autograd.grad(outputs: outputs, inputs: inputs, gradOutputs: zeros, retainGraph: false, allowUnused: true)
        }
        for grad in grads.compactMap({ $0 }) where try grad.checkedDoubles().contains(where: { $0 != 0 }) {
            throw PythonError(Gradcheck.errorClass, message)
        }
    }

    func torch<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as TorchError {
            throw PythonError(error)
        }
    }
}
