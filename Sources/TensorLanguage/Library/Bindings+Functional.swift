import Autograd

/// `torch.nn.functional`: activations and losses.
enum FunctionalBinding {
    nonisolated(unsafe) static let functions: [String: TorchModule.Function] = basics.merging(
        FunctionalActivationBinding.functions.merging(FunctionalLayerBinding.functions) { a, _ in a }
            .merging(FunctionalLossBinding.functions) { a, _ in a }
    ) { a, _ in a }

    /// `torch.*` functions that live with the functional ones (`torch.addmm`, `torch.selu`, …).
    nonisolated(unsafe) static let torchFunctions: [String: TorchModule.Function] = FunctionalLayerBinding.torchFunctions
        .merging(["selu", "celu", "selu_", "celu_", "relu_"].compactMap { n in functions[n].map { (n, $0) } }) { a, _ in a }

    nonisolated(unsafe) private static let basics: [String: TorchModule.Function] = [
        "relu": { args, _ in try activation(args, "relu") { try $0.relu() } },
        "sigmoid": { args, _ in try activation(args, "sigmoid") { try $0.sigmoid() } },
        "tanh": { args, _ in try activation(args, "tanh") { try $0.tanh() } },
        "leaky_relu": { args, _ in
            let r = try ArgumentReader("leaky_relu", args, ["input", "negative_slope", "inplace"])
            let input = try PointwiseBinding.tensorArgument(r, "input")
            let slope = try r.double("negative_slope") ?? 0.01
            guard try r.bool("inplace", default: false) else { return .tensor(try input.leakyRelu(negativeSlope: slope)) }
            try input.leakyReluInPlace(negativeSlope: slope)
            return .tensor(input)
        },
        "softmax": { args, interpreter in try softmax(args, interpreter, "softmax") { try $0.softmax(dim: $1) } },
        "log_softmax": { args, interpreter in try softmax(args, interpreter, "log_softmax") { try $0.logSoftmax(dim: $1) } },
        "softmin": { args, interpreter in try softmax(args, interpreter, "softmin") { try $0.negated().softmax(dim: $1) } },
        "leaky_relu_": { args, _ in
            let r = try ArgumentReader("leaky_relu_", args, ["input", "negative_slope"])
            let input = try PointwiseBinding.tensorArgument(r, "input")
            try input.leakyReluInPlace(negativeSlope: try r.double("negative_slope") ?? 0.01)
            return .tensor(input)
        },
    ]

    /// `F.relu(input, inplace=False)` and friends.
    private static func activation(_ args: Arguments, _ name: String, _ op: (Tensor) throws -> Tensor) throws -> Value {
        let r = try ArgumentReader(name, args, ["input", "inplace"])
        let input = try PointwiseBinding.tensorArgument(r, "input")
        guard try r.bool("inplace", default: false) else { return .tensor(try op(input)) }
        try input.updateInPlace(op)
        return .tensor(input)
    }

    /// `F.softmax(input, dim=None, _stacklevel=3, dtype=None)`; a missing `dim` is chosen as PyTorch's
    /// deprecated `_get_softmax_dim` does, with its warning.
    private static func softmax(
        _ args: Arguments, _ interpreter: Interpreter, _ name: String, _ op: (Tensor, Int) throws -> Tensor
    ) throws -> Value {
        let r = try ArgumentReader(name, args, ["input", "dim", "_stacklevel", "dtype"])
        var input = try PointwiseBinding.tensorArgument(r, "input")
        if let dtype = try r.dtype() { input = try input.to(dtype) }
        if let d = try ReductionBinding.dim(r) { return .tensor(try op(input, d)) }
        interpreter.warn(
            category: "UserWarning",
            message: "Implicit dimension choice for \(name) has been deprecated. Change the call to include dim=X as an argument."
        )
        return .tensor(try op(input, [0, 1, 3].contains(input.dim) ? 0 : 1))
    }
}
