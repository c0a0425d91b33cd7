import Autograd

/// The tensor methods optimizers and data loaders are written with (`addcmul_`, `addcdiv_`,
/// `lerp_`, `add(other, alpha=)`, `random_()`) and `torch.Generator` objects for `generator=`.
enum OptimBindings {
    typealias Method = TensorMethods.Method

    /// PyTorch's seed for a new `torch.Generator()` (`default_rng_seed_val`).
    static let defaultGeneratorSeed: UInt64 = 67_280_421_310_721

    nonisolated(unsafe) static let methods: [String: Method] = [
        "addcmul_": { t, args, _ in try pointwise(t, args, "addcmul_", inPlace: true) },
        "addcdiv_": { t, args, _ in try pointwise(t, args, "addcdiv_", inPlace: true) },
        "addcmul": { t, args, _ in try outOfPlace(t, args, "addcmul") },
        "addcdiv": { t, args, _ in try outOfPlace(t, args, "addcdiv") },
        "lerp_": { t, args, _ in try lerp(t, args, inPlace: true) },
        "lerp": { t, args, _ in try lerpOutOfPlace(t, args) },
        "random_": { t, args, _ in
            let r = try ArgumentReader("random_", args, ["from", "to", "generator"])
            guard r.value("from") == nil, r.value("to") == nil else {
                throw PythonError(.notImplementedError, "Wick's random_() takes no bounds: use torch.randint(low, high, size)")
            }
            try t.fillRandomBits(generator: generator(r.value("generator"), "random_"))
            return .tensor(t)
        },
    ]

    /// `add(other, alpha=)` / `sub(other, alpha=)` out of place: one fused multiply-add, as ATen.
    static func addScaled(_ t: Tensor, _ other: Value, alpha: Value, subtract: Bool, _ interpreter: Interpreter) throws -> Value {
        let o = try TensorOperators.tensor(from: other, meeting: .tensor(t))
        let k = try Library.scalar(alpha).checkedConvert(to: Tensor.resultType([t, o])).doubleValue
        let recording = GradMode.isEnabled && (t.requiresGrad || o.requiresGrad)
        guard !recording, t.dtype.isFloatingPoint, o.dtype == t.dtype, t.shape == o.shape else {
            let scaled = try TensorOperators.binary(.multiply, .tensor(o), alpha, interpreter)
            return try TensorOperators.binary(subtract ? .subtract : .add, .tensor(t), scaled, interpreter)
        }
        let result = try t.clone()
        try result.fusedUpdate(.addScaled(alpha: subtract ? -k : k), [o])
        return .tensor(result)
    }

    private static func pointwise(_ t: Tensor, _ args: Arguments, _ name: String, inPlace: Bool) throws -> Value {
        let r = try ArgumentReader(name, args, ["tensor1", "tensor2", "value"])
        guard let t1 = try r.tensor("tensor1"), let t2 = try r.tensor("tensor2") else {
            throw PythonError(.typeError, "\(name)() missing required arguments 'tensor1' and 'tensor2'")
        }
        let value = try r.value("value").map { try Library.scalar($0).doubleValue } ?? 1
        let update: FusedUpdate = name.hasPrefix("addcmul") ? .addcmul(value: value) : .addcdiv(value: value)
        let target = inPlace ? t : try GradMode.with(false) { try t.clone() }
        try target.fusedUpdate(update, [t1, t2])
        return .tensor(target)
    }

    /// `addcmul`/`addcdiv` out of place: differentiable and broadcasting (`Interpolation`).
    private static func outOfPlace(_ t: Tensor, _ args: Arguments, _ name: String) throws -> Value {
        // `value` is keyword-only.
        if args.positional.count > 2 {
            throw PythonError(.typeError, "\(name)() takes 3 positional arguments but \(args.positional.count + 1) were given")
        }
        let r = try ArgumentReader(name, args, ["tensor1", "tensor2", "value"])
        guard let t1 = try r.tensor("tensor1"), let t2 = try r.tensor("tensor2") else {
            throw PythonError(.typeError, "\(name)() missing required arguments 'tensor1' and 'tensor2'")
        }
        let value = try r.value("value").map { try Library.scalar($0) } ?? .int(1)
        return .tensor(try name == "addcmul" ? t.addcmul(t1, t2, value: value) : t.addcdiv(t1, t2, value: value))
    }

    /// `lerp` out of place: a number or a tensor weight, differentiable (`Interpolation`).
    private static func lerpOutOfPlace(_ t: Tensor, _ args: Arguments) throws -> Value {
        let r = try ArgumentReader("lerp", args, ["end", "weight"])
        guard let end = try r.tensor("end") else { throw PythonError(.typeError, "lerp() missing required argument 'end'") }
        if case .tensor(let weight) = try r.required("weight") { return .tensor(try t.lerp(end, weight: weight)) }
        return .tensor(try t.lerp(end, weight: Library.scalar(r.required("weight"))))
    }

    private static func lerp(_ t: Tensor, _ args: Arguments, inPlace: Bool) throws -> Value {
        let name = inPlace ? "lerp_" : "lerp"
        let r = try ArgumentReader(name, args, ["end", "weight"])
        guard let end = try r.tensor("end") else { throw PythonError(.typeError, "\(name)() missing required argument 'end'") }
        let weight = try r.required("weight")
        if case .tensor = weight {
            throw PythonError(.notImplementedError, "Wick's \(name)() takes a Python number as weight, not a tensor")
        }
        let target = inPlace ? t : try GradMode.with(false) { try t.clone() }
        try target.fusedUpdate(.lerp(weight: try Library.scalar(weight).doubleValue), [end])
        return .tensor(target)
    }

    /// The generator a `generator=` argument names: the default one for `None` or no argument.
    static func generator(_ value: Value?, _ function: String) throws -> Generator {
        switch value {
        case nil, .noneValue?: return DefaultGenerator.shared
        case .object(let handle as GeneratorHandle)?: return handle.generator
        case let other?:
            throw PythonError(.typeError, "\(function)(): argument 'generator' must be torch.Generator, not \(other.typeName)")
        }
    }

    /// `torch.Generator(device='cpu')`: a generator of its own, seeded as PyTorch seeds a new one.
    static func makeGenerator(_ args: Arguments) throws -> Value {
        let r = try ArgumentReader("Generator", args, ["device"])
        if let device = r.value("device"), case .string(let name) = device, name != "cpu" {
            throw PythonError(.runtimeError, "Wick runs on the CPU only: torch.Generator(device='\(name)') is not available")
        }
        return .object(GeneratorHandle(Generator(seed: defaultGeneratorSeed)))
    }
}
