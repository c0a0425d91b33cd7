import Autograd

/// The `torch` module and its submodules.
enum TorchModule {
    typealias Function = (Arguments, Interpreter) throws -> Value

    static func makeModule() -> ModuleObject {
        let m = ModuleObject("torch")
        for (name, body) in functions { m.members[name] = .object(BuiltinFunction(name, body)) }
        for (name, body) in FunctionalBinding.torchFunctions { m.members[name] = .object(BuiltinFunction(name, body)) }
        for (name, body) in linalgFunctions.merging(pointwiseFunctions, uniquingKeysWith: { a, _ in a })
            .merging(shapeFunctions, uniquingKeysWith: { a, _ in a })
        {
            m.members[name] = .object(BuiltinFunction(name, body))
        }
        for name in Tensor.unaryOperationNames {
            guard let op = Tensor.unaryOperation(named: name) else { continue }
            m.members[name] = .object(
                BuiltinFunction(name) { args, _ in
                    let r = try ArgumentReader(name, args, ["input"])
                    guard let t = try r.tensor("input") else {
                        throw PythonError(.typeError, "\(name)() missing required argument 'input'")
                    }
                    return .tensor(try op(t))
                })
        }
        for (name, method) in ["sum", "mean", "multiply", "mul", "add", "sub", "div", "clone", "detach"].compactMap({ n in
            TensorMethods.methods[n].map { (n, $0) }
        }) {
            m.members[name] = .object(
                BuiltinFunction(name) { args, interpreter in
                    guard case .tensor(let t)? = args.positional.first else {
                        throw PythonError(.typeError, "\(name)(): argument 'input' must be Tensor")
                    }
                    return try method(t, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords), interpreter)
                })
        }
        for dtype in DType.allCases {
            for name in dtype.pythonNames { m.members[name] = .object(DTypeObject(dtype)) }
        }
        m.members["Tensor"] = .object(PyType.tensor)
        m.members["cuda"] = .object(makeCuda())
        m.members["Size"] = .object(PyType.size)
        m.members["autograd"] = .object(makeAutograd())
        m.members["nn"] = .object(makeNN())
        NormBinding.install(into: m)
        installTensorAPI(into: m)
        return m
    }

    static func makeAutograd() -> ModuleObject {
        let m = ModuleObject("torch.autograd")
        m.members["grad"] = .object(BuiltinFunction("grad") { args, _ in try autogradGrad(args) })
        AutogradFunction.install(into: m)
        return m
    }

    static func makeNN() -> ModuleObject {
        let m = ModuleObject("torch.nn")
        m.members["functional"] = .object(makeFunctional())
        return m
    }

    static func makeFunctional() -> ModuleObject {
        let m = ModuleObject("torch.nn.functional")
        for (name, body) in functionalFunctions { m.members[name] = .object(BuiltinFunction(name, body)) }
        return m
    }

    nonisolated(unsafe) static let functions: [String: Function] = [
        "rand": { args, _ in try creator("rand", args) { try Tensor.rand($0, dtype: $1) } },
        "randn": { args, _ in try creator("randn", args) { try Tensor.randn($0, dtype: $1) } },
        "randint": { args, _ in
            var positional = args.positional
            guard let sizeValue = positional.popLast() ?? args.keywords.first(where: { $0.name == "size" })?.value else {
                throw PythonError(.typeError, "randint() missing required argument 'size'")
            }
            let bounds = try positional.map { try Library.torchInteger($0, function: "randint", argument: "high") }
            let (low, high) = bounds.count == 2 ? (bounds[0], bounds[1]) : (0, bounds.first ?? 0)
            let shape = try Library.shape([sizeValue], function: "randint")
            let keywords = try ArgumentReader("randint", Arguments([], keywords: args.keywords), ["size", "dtype", "generator"])
            let generator = try OptimBindings.generator(keywords.value("generator"), "randint")
            return .tensor(
                try Tensor.randint(
                    low: Int64(low), high: Int64(high), shape: shape, dtype: keywords.dtype() ?? .int64, generator: generator))
        },
        "randperm": { args, _ in
            let r = try ArgumentReader("randperm", args, ["n", "dtype", "generator"])
            let generator = try OptimBindings.generator(r.value("generator"), "randperm")
            let permutation = try Tensor.randperm(try r.int("n") ?? 0, generator: generator)
            return .tensor(try r.dtype().map { try permutation.to($0) } ?? permutation)
        },
        "rand_like": { args, _ in try like("rand_like", args) { try Tensor.randLike($0, dtype: $1) } },
        "randn_like": { args, _ in try like("randn_like", args) { try Tensor.randnLike($0, dtype: $1) } },
        "normal": { args, _ in try normal(args) },
        "Generator": { args, _ in try OptimBindings.makeGenerator(args) },
        "manual_seed": { args, _ in
            DefaultGenerator.shared.manualSeed(try Library.seed(args))
            return .object(GeneratorHandle(DefaultGenerator.shared))
        },
        "initial_seed": { _, _ in .int(Int(bitPattern: UInt(DefaultGenerator.shared.initialSeed))) },
        "no_grad": { args, _ in try gradModeContext(args, enabled: false, name: "no_grad") },
        "enable_grad": { args, _ in try gradModeContext(args, enabled: true, name: "enable_grad") },
        "is_grad_enabled": { _, _ in .bool(GradMode.isEnabled) },
        "is_tensor": { args, _ in
            if case .tensor = try Builtins.single(args, "is_tensor") { return .bool(true) }
            return .bool(false)
        },
        "numel": { args, _ in
            guard case .tensor(let t) = try Builtins.single(args, "numel") else {
                throw PythonError(.typeError, "numel(): argument 'input' must be Tensor")
            }
            return .int(t.numel)
        },
    ]

    /// `torch.ones(2, 3, dtype=…, requires_grad=…)` and friends.
    private static func creator(_ name: String, _ args: Arguments, _ make: ([Int], DType) throws -> Tensor) throws -> Value {
        let reader = try ArgumentReader(
            name, Arguments([], keywords: args.keywords), ["size", "dtype", "device", "requires_grad", "generator"])
        let shapeValues = args.positional.isEmpty ? (reader.value("size").map { [$0] } ?? []) : args.positional
        if shapeValues.isEmpty {
            throw TorchArgumentMessages.invalidCombination(name, signatures: TorchArgumentMessages.randomFactorySignatures)
        }
        let t = try make(try Library.shape(shapeValues, function: name), try reader.dtype() ?? DType.defaultFloat)
        try t.setRequiresGrad(try reader.bool("requires_grad", default: false), site: .factory)
        return .tensor(t)
    }

    private static func like(_ name: String, _ args: Arguments, _ make: (Tensor, DType) throws -> Tensor) throws -> Value {
        let r = try ArgumentReader(name, args, ["input", "dtype", "device", "requires_grad"])
        guard let input = try r.tensor("input") else {
            throw PythonError(.typeError, "\(name)() missing required argument 'input'")
        }
        let t = try make(input, try r.dtype() ?? input.dtype)
        try t.setRequiresGrad(try r.bool("requires_grad", default: false), site: .factory)
        return .tensor(t)
    }

    /// `torch.normal` in its four forms, drawing as PyTorch does for each.
    private static func normal(_ args: Arguments) throws -> Value {
        let r = try ArgumentReader("normal", args, ["mean", "std", "size", "generator", "dtype", "requires_grad"])
        let mean = try r.required("mean")
        let std = r.value("std") ?? .float(1)
        switch (mean, std) {
        case (.tensor(let m), .tensor(let s)):
            let shape = try GradMode.with(false) { try (m + s).shape }
            let z = try Tensor.zeros(shape, dtype: m.dtype)
            try z.normalFill(mean: 0, std: 1)
            return .tensor(try GradMode.with(false) { try z * s + m })
        case (.tensor(let m), _):
            let z = try Tensor.zeros(m.shape, dtype: m.dtype)
            try z.normalFill(mean: 0, std: try Library.scalar(std).doubleValue)
            return .tensor(try GradMode.with(false) { try z + m })
        case (_, .tensor(let s)):
            let z = try Tensor.zeros(s.shape, dtype: s.dtype)
            try z.normalFill(mean: 0, std: 1)
            return .tensor(try GradMode.with(false) { try z * s + TensorOperators.tensor(from: mean) })
        default:
            guard let size = r.value("size") else {
                throw PythonError(.typeError, "normal() received an invalid combination of arguments")
            }
            let z = try Tensor.zeros(try Library.shape([size], function: "normal"), dtype: try r.dtype() ?? DType.defaultFloat)
            try z.normalFill(mean: try Library.scalar(mean).doubleValue, std: try Library.scalar(std).doubleValue)
            try z.setRequiresGrad(try r.bool("requires_grad", default: false))
            return .tensor(z)
        }
    }

    private static func tensors(_ v: Value?, _ what: String) throws -> [Tensor?] {
        switch v {
        case nil, .noneValue?: return []
        case .tensor(let t)?: return [t]
        case .list(let l)?: return try tensors(.tuple(l.items), what)
        case .tuple(let items)?:
            return try items.map {
                switch $0 {
                case .tensor(let t): return t
                case .noneValue: return nil
                default: throw PythonError(.typeError, "\(what) must be tensors")
                }
            }
        default: throw PythonError(.typeError, "\(what) must be a tensor or a sequence of tensors")
        }
    }

    private static func autogradGrad(_ args: Arguments) throws -> Value {
        let r = try ArgumentReader(
            "grad", args, ["outputs", "inputs", "grad_outputs", "retain_graph", "create_graph", "allow_unused"])
        let outputs = try tensors(r.value("outputs"), "outputs").compactMap { $0 }
        let inputs = try tensors(r.value("inputs"), "inputs").compactMap { $0 }
        let gradOutputs = r.value("grad_outputs").map { _ in (try? tensors(r.value("grad_outputs"), "grad_outputs")) ?? [] }
        let retain: Bool? = if case .bool(let b)? = r.value("retain_graph") { b } else { nil }
        let grads = try Autograd.grad(
            outputs: outputs, inputs: inputs, gradOutputs: gradOutputs, retainGraph: retain,
            createGraph: r.bool("create_graph", default: false), allowUnused: r.bool("allow_unused", default: false))
        return .tuple(grads.map { $0.map { .tensor($0) } ?? .noneValue })
    }

    /// `torch.no_grad()` (a context manager and decorator), and `@torch.no_grad` without parentheses.
    private static func gradModeContext(_ args: Arguments, enabled: Bool, name: String) throws -> Value {
        guard let first = args.positional.first else { return .object(GradModeContext(enabled: enabled)) }
        guard args.positional.count == 1, case .object(let f) = first, f.isCallable else {
            throw PythonError(.typeError, "\(name).__init__() takes 1 positional argument but 2 were given")
        }
        return .object(GradModeContext.decorated(first, enabled: enabled))
    }
}
