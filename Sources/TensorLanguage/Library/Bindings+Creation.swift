import Autograd

/// `torch.*` creators, joins and shape functions.
extension TorchModule {
    nonisolated(unsafe) static let shapeFunctions: [String: Function] = creationFunctions.merging(joinFunctions) {
        a, _ in a
    }

    nonisolated(unsafe) static let creationFunctions: [String: Function] = [
        "tensor": { args, interpreter in try literal(args, interpreter) },
        "ones": { args, _ in try sized("ones", args) { try Tensor.ones($0, dtype: $1 ?? DType.defaultFloat) } },
        "zeros": { args, _ in try sized("zeros", args) { try Tensor.zeros($0, dtype: $1 ?? DType.defaultFloat) } },
        "empty": { args, _ in try sized("empty", args) { try Tensor.zeros($0, dtype: $1 ?? DType.defaultFloat) } },
        "full": { args, _ in
            let r = try ArgumentReader("full", args, ["size", "fill_value", "dtype", "device", "requires_grad"])
            let size = try r.required("size")
            if case .int = size { throw TorchArgumentMessages.notTupleOfInts("full", "size", position: 1, got: "int") }
            let shape = try Library.shape([size], function: "full")
            let given = try r.required("fill_value")
            let dtype = try r.dtype() ?? inferredType(try Library.scalar(given))
            let t = try Tensor.full(shape, try Library.scalar(given, storedIn: dtype), dtype: dtype)
            return .tensor(try requiringGrad(t, r))
        },
        "eye": { args, _ in
            let r = try ArgumentReader("eye", args, ["n", "m", "dtype", "device", "requires_grad"])
            let t = try Tensor.eye(try r.int("n") ?? 0, try r.int("m"), dtype: try r.dtype() ?? DType.defaultFloat)
            return .tensor(try requiringGrad(t, r))
        },
        "arange": { args, _ in try arange(args) },
        "linspace": { args, _ in
            let r = try ArgumentReader("linspace", args, ["start", "end", "steps", "dtype", "device", "requires_grad"])
            guard let steps = try r.int("steps") else {
                throw PythonError(.typeError, "linspace() missing required argument 'steps'")
            }
            let t = try Tensor.linspace(
                start: try Library.scalar(r.required("start")), end: try Library.scalar(r.required("end")), steps: steps,
                dtype: try r.dtype() ?? DType.defaultFloat)
            return .tensor(try requiringGrad(t, r))
        },
        "ones_like": { args, _ in try alike("ones_like", args) { try Tensor.ones($0.shape, dtype: $1) } },
        "zeros_like": { args, _ in try alike("zeros_like", args) { try Tensor.zeros($0.shape, dtype: $1) } },
        "empty_like": { args, _ in try alike("empty_like", args) { try Tensor.zeros($0.shape, dtype: $1) } },
        "full_like": { args, _ in
            let r = try ArgumentReader("full_like", args, ["input", "fill_value", "dtype", "device", "requires_grad"])
            guard let input = try r.tensor("input") else {
                throw PythonError(.typeError, "full_like() missing required argument 'input'")
            }
            let dtype = try r.dtype() ?? input.dtype
            let value = try Library.scalar(try r.required("fill_value"), storedIn: dtype)
            return .tensor(try requiringGrad(try Tensor.full(input.shape, value, dtype: dtype), r))
        },
        "FloatTensor": { args, _ in .tensor(try legacyConstructor("FloatTensor", args)) },
    ]

    /// `torch.cuda`: Wick runs on the CPU only.
    /// `torch.tensor(data, dtype=, requires_grad=)`; a tensor argument is copied, with PyTorch's warning.
    private static func literal(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let r = try ArgumentReader("tensor", args, ["data", "dtype", "device", "requires_grad", "pin_memory"])
        let data = try r.required("data")
        let t: Tensor
        if case .tensor(let source) = data {
            interpreter.warn(category: "UserWarning", message: copyConstructWarning)
            t = try source.detach().clone().to(try r.dtype() ?? source.dtype)
        } else {
            t = try TensorLiteral.make(data, dtype: try r.dtype())
        }
        return .tensor(try requiringGrad(t, r))
    }

    static let copyConstructWarning =
        "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor)."

    /// `torch.Tensor(...)` / `torch.FloatTensor(...)`: sizes give an uninitialised float tensor, a sequence gives data.
    static func legacyConstructor(_ name: String, _ args: Arguments) throws -> Tensor {
        if let key = args.keywords.first?.name {
            throw PythonError(
                .typeError, "new() received an invalid combination of arguments - got an unexpected keyword '\(key)'")
        }
        guard let first = args.positional.first else { return try Tensor.zeros([0]) }
        if args.positional.count == 1 {
            switch first {
            case .list, .tuple: return try TensorLiteral.make(first, dtype: .float32)
            case .tensor(let t): return name == "Tensor" ? t.detach() : try t.to(.float32)
            case .int, .object: break
            default: throw PythonError(.typeError, "new(): data must be a sequence (got \(first.typeName))")
            }
        }
        return try Tensor.zeros(try Library.shape(args.positional, function: name))
    }

    /// `torch.ones(2, 3)`, `torch.ones((2, 3))`, `torch.ones(size=...)`, with `dtype=` and `requires_grad=`.
    private static func sized(_ name: String, _ args: Arguments, _ make: ([Int], DType?) throws -> Tensor) throws -> Value {
        let r = try ArgumentReader(
            name, Arguments([], keywords: args.keywords), ["size", "dtype", "device", "requires_grad", "out", "layout"])
        let shapeValues = args.positional.isEmpty ? (r.value("size").map { [$0] } ?? []) : args.positional
        if shapeValues.isEmpty { throw TorchArgumentMessages.missing(name, "size") }
        return .tensor(try requiringGrad(try make(try Library.shape(shapeValues, function: name), try r.dtype()), r))
    }

    private static func alike(_ name: String, _ args: Arguments, _ make: (Tensor, DType) throws -> Tensor) throws -> Value {
        let r = try ArgumentReader(name, args, ["input", "dtype", "device", "requires_grad", "memory_format"])
        guard let input = try r.tensor("input") else {
            throw PythonError(.typeError, "\(name)() missing required argument 'input'")
        }
        return .tensor(try requiringGrad(try make(input, try r.dtype() ?? input.dtype), r))
    }

    /// `torch.arange(end)`, `(start, end)`, `(start, end, step)`.
    private static func arange(_ args: Arguments) throws -> Value {
        let r = try ArgumentReader(
            "arange", Arguments([], keywords: args.keywords), ["start", "end", "step", "dtype", "device", "requires_grad"])
        var bounds = try args.positional.map { try Library.scalar($0) }
        if bounds.count > 3 { throw PythonError(.typeError, "arange() takes at most 3 positional arguments") }
        for key in ["start", "end", "step"] {
            if let v = r.value(key) { bounds.append(try Library.scalar(v)) }
        }
        let (start, end, step): (Scalar, Scalar, Scalar) =
            switch bounds.count {
            case 1: (.int(0), bounds[0], .int(1))
            case 2: (bounds[0], bounds[1], .int(1))
            case 3: (bounds[0], bounds[1], bounds[2])
            default: throw PythonError(.typeError, "arange() missing required argument 'end'")
            }
        return .tensor(try requiringGrad(try Tensor.arange(start: start, end: end, step: step, dtype: try r.dtype()), r))
    }

    private static func inferredType(_ value: Scalar) -> DType {
        switch value {
        case .float: DType.defaultFloat
        case .int: .int64
        case .bool: .bool
        }
    }

    private static func requiringGrad(_ t: Tensor, _ r: ArgumentReader) throws -> Tensor {
        try t.setRequiresGrad(try r.bool("requires_grad", default: false), site: .factory)
        return t
    }
}
