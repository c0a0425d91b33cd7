import Autograd

/// `torch.nn.functional`'s parametrised activations, with PyTorch's Python signatures and checks.
enum FunctionalActivationBinding {
    typealias Function = TorchModule.Function

    nonisolated(unsafe) static let functions: [String: Function] = [
        "elu": { args, _ in
            let r = try ArgumentReader("elu", args, ["input", "alpha", "inplace"])
            return try apply(r, .elu(alpha: try r.double("alpha") ?? 1, scale: 1, inputScale: 1))
        },
        "selu": { args, _ in try apply(ArgumentReader("selu", args, ["input", "inplace"]), selu) },
        "celu": { args, _ in
            let r = try ArgumentReader("celu", args, ["input", "alpha", "inplace"])
            return try apply(r, .celu(alpha: try r.double("alpha") ?? 1))
        },
        "gelu": { args, _ in
            let r = try ArgumentReader("gelu", args, ["input", "approximate"])
            return try apply(r, .gelu(tanh: try geluApproximation(r)))
        },
        "silu": { args, _ in try apply(ArgumentReader("silu", args, ["input", "inplace"]), .silu) },
        "mish": { args, _ in try apply(ArgumentReader("mish", args, ["input", "inplace"]), .mish) },
        "softplus": { args, _ in
            let r = try ArgumentReader("softplus", args, ["input", "beta", "threshold"])
            return try apply(r, .softplus(beta: try r.double("beta") ?? 1, threshold: try r.double("threshold") ?? 20))
        },
        "hardtanh": { args, _ in
            let r = try ArgumentReader("hardtanh", args, ["input", "min_val", "max_val", "inplace"])
            return try hardtanh(r, min: try r.double("min_val") ?? -1, max: try r.double("max_val") ?? 1)
        },
        "relu6": { args, _ in try hardtanh(ArgumentReader("relu6", args, ["input", "inplace"]), min: 0, max: 6) },
        "hardsigmoid": { args, _ in
            try apply(ArgumentReader("hardsigmoid", args, ["input", "inplace"]), .hardsigmoid)
        },
        "hardswish": { args, _ in try apply(ArgumentReader("hardswish", args, ["input", "inplace"]), .hardswish) },
        "logsigmoid": { args, _ in try apply(ArgumentReader("logsigmoid", args, ["input"]), .logSigmoid) },
        "softsign": { args, _ in
            let input = try PointwiseBinding.tensorArgument(ArgumentReader("softsign", args, ["input"]), "input")
            return .tensor(try input / (input.abs() + Tensor.wrapping(.int(1))))
        },
        "tanhshrink": { args, _ in
            let input = try PointwiseBinding.tensorArgument(ArgumentReader("tanhshrink", args, ["input"]), "input")
            return .tensor(try input - input.tanh())
        },
        "elu_": { args, _ in
            let r = try ArgumentReader("elu_", args, ["input", "alpha"])
            return try applyInPlace(r, .elu(alpha: try r.double("alpha") ?? 1, scale: 1, inputScale: 1))
        },
        "selu_": { args, _ in try applyInPlace(ArgumentReader("selu_", args, ["input"]), selu) },
        "celu_": { args, _ in
            let r = try ArgumentReader("celu_", args, ["input", "alpha"])
            return try applyInPlace(r, .celu(alpha: try r.double("alpha") ?? 1))
        },
        "hardtanh_": { args, _ in
            let r = try ArgumentReader("hardtanh_", args, ["input", "min_val", "max_val"])
            return try hardtanh(r, min: try r.double("min_val") ?? -1, max: try r.double("max_val") ?? 1, inPlace: true)
        },
        "relu_": { args, _ in
            let input = try PointwiseBinding.tensorArgument(ArgumentReader("relu_", args, ["input"]), "input")
            try input.applyInPlace(unary: "relu")
            return .tensor(input)
        },
    ]

    static let selu = ActivationFunction.elu(
        alpha: ActivationFunction.seluAlpha, scale: ActivationFunction.seluScale, inputScale: 1)

    /// `f(input)`, or in place when `inplace=True` (read only if the signature has it).
    private static func apply(_ r: ArgumentReader, _ f: ActivationFunction) throws -> Value {
        let input = try PointwiseBinding.tensorArgument(r, "input")
        guard r.names.contains("inplace"), try r.bool("inplace", default: false) else {
            return .tensor(try input.activation(f))
        }
        try input.activationInPlace(f)
        return .tensor(input)
    }

    private static func applyInPlace(_ r: ArgumentReader, _ f: ActivationFunction) throws -> Value {
        let input = try PointwiseBinding.tensorArgument(r, "input")
        try input.activationInPlace(f)
        return .tensor(input)
    }

    /// `hardtanh` checks its bounds in Python; on integer tensors it is a plain clamp.
    private static func hardtanh(_ r: ArgumentReader, min low: Double, max high: Double, inPlace: Bool = false) throws
        -> Value
    {
        guard low <= high else { throw PythonError(.valueError, "min_val cannot be greater than max_val") }
        let input = try PointwiseBinding.tensorArgument(r, "input")
        let inPlace = try inPlace || (r.names.contains("inplace") && r.bool("inplace", default: false))
        guard input.dtype.isFloatingPoint else {
            let (a, b) = (
                Scalar.int(Int64(exactly: low.rounded(.towardZero)) ?? 0),
                Scalar.int(Int64(exactly: high.rounded(.towardZero)) ?? 0)
            )
            guard inPlace else { return .tensor(try input.clamp(min: a, max: b)) }
            try input.clampInPlace(min: a, max: b)
            return .tensor(input)
        }
        let f = ActivationFunction.hardtanh(min: low, max: high)
        guard inPlace else { return .tensor(try input.activation(f)) }
        try input.activationInPlace(f)
        return .tensor(input)
    }

    private static func geluApproximation(_ r: ArgumentReader) throws -> Bool {
        guard let v = r.value("approximate") else { return false }
        guard case .string(let text) = v else {
            throw PythonError(.typeError, "gelu(): argument 'approximate' must be str, not \(v.typeName)")
        }
        guard text == "none" || text == "tanh" else {
            throw PythonError(.runtimeError, "approximate argument must be either none or tanh.")
        }
        return text == "tanh"
    }
}
