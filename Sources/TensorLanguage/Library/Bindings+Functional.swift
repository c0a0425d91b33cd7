import Autograd

/// `torch.nn.functional`: activations and losses.
enum FunctionalBinding {
    nonisolated(unsafe) static let functions: [String: TorchModule.Function] = [
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
        "mse_loss": { args, _ in
            let (input, target, reduction) = try lossArguments(args, "mse_loss", ["weight"])
            return .tensor(try Loss.meanSquaredError(input, target, reduction: reduction))
        },
        "l1_loss": { args, _ in
            let (input, target, reduction) = try lossArguments(args, "l1_loss", [])
            return .tensor(try Loss.absoluteError(input, target, reduction: reduction))
        },
        "nll_loss": { args, _ in
            let (input, target, reduction, ignore) = try classificationArguments(args, "nll_loss")
            return .tensor(try Loss.negativeLogLikelihood(input, target, reduction: reduction, ignoreIndex: ignore))
        },
        "cross_entropy": { args, _ in
            let (input, target, reduction, ignore) = try classificationArguments(args, "cross_entropy")
            return .tensor(try Loss.crossEntropy(input, target, reduction: reduction, ignoreIndex: ignore))
        },
        "binary_cross_entropy": { args, _ in
            let (input, target, reduction) = try lossArguments(args, "binary_cross_entropy", ["weight"])
            return .tensor(try Loss.binaryCrossEntropy(input, target, reduction: reduction))
        },
        "binary_cross_entropy_with_logits": { args, _ in
            let (input, target, reduction) = try lossArguments(
                args, "binary_cross_entropy_with_logits", ["weight"], trailing: ["pos_weight"])
            return .tensor(try Loss.binaryCrossEntropyWithLogits(input, target, reduction: reduction))
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

    /// `input`, `target` and `reduction` of a loss; `unsupported` options must be left at `None`.
    private static func lossArguments(
        _ args: Arguments, _ name: String, _ unsupported: [String], trailing: [String] = []
    ) throws -> (Tensor, Tensor, LossReduction) {
        let names = ["input", "target"] + unsupported + ["size_average", "reduce", "reduction"] + trailing
        let r = try ArgumentReader(name, args, names)
        for option in unsupported + trailing + ["size_average", "reduce"] {
            if let v = r.value(option), !isNone(v) {
                throw PythonError(.notImplementedError, "\(name)(): the '\(option)' argument is not supported by Wick")
            }
        }
        return (
            try PointwiseBinding.tensorArgument(r, "input"), try PointwiseBinding.tensorArgument(r, "target"),
            try reduction(r)
        )
    }

    /// `nll_loss`/`cross_entropy` arguments: `ignore_index` is supported, `weight` and smoothing are not.
    private static func classificationArguments(
        _ args: Arguments, _ name: String
    ) throws -> (Tensor, Tensor, LossReduction, Int64) {
        var names = ["input", "target", "weight", "size_average", "ignore_index", "reduce", "reduction"]
        if name == "cross_entropy" { names.append("label_smoothing") }
        let r = try ArgumentReader(name, args, names)
        for option in ["weight", "size_average", "reduce"] {
            if let v = r.value(option), !isNone(v) {
                throw PythonError(.notImplementedError, "\(name)(): the '\(option)' argument is not supported by Wick")
            }
        }
        if let smoothing = try r.double("label_smoothing"), smoothing != 0 {
            throw PythonError(.notImplementedError, "\(name)(): label_smoothing is not supported by Wick")
        }
        let ignore = Int64(try r.int("ignore_index") ?? -100)
        return (
            try PointwiseBinding.tensorArgument(r, "input"), try PointwiseBinding.tensorArgument(r, "target"),
            try reduction(r), ignore
        )
    }

    private static func reduction(_ r: ArgumentReader) throws -> LossReduction {
        guard let v = r.value("reduction") else { return .mean }
        guard case .string(let text) = v else {
            throw PythonError(.typeError, "\(r.function)(): argument 'reduction' must be str, not \(v.typeName)")
        }
        guard let reduction = LossReduction(rawValue: text) else {
            throw PythonError(.valueError, "\(text) is not a valid value for reduction")
        }
        return reduction
    }

    private static func isNone(_ v: Value) -> Bool {
        if case .noneValue = v { return true }
        return false
    }
}
