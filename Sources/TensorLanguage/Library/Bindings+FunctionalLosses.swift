import Autograd

/// `torch.nn.functional`'s losses with every option PyTorch has, the deprecated
/// `size_average`/`reduce` mapped to a reduction as `_Reduction.legacy_get_string` maps them.
enum FunctionalLossBinding {
    typealias Function = TorchModule.Function

    nonisolated(unsafe) static let functions: [String: Function] = [
        "mse_loss": { args, i in
            let r = try ArgumentReader("mse_loss", args, ["input", "target", "size_average", "reduce", "reduction", "weight"])
            if let weighted = try weighted(r, i, .squared) { return .tensor(weighted) }
            let (_, reduction) = try read(args, i, "mse_loss", r.names)
            return .tensor(try Loss.meanSquaredError(tensor(r, "input"), tensor(r, "target"), reduction: reduction))
        },
        "l1_loss": { args, i in
            let r = try ArgumentReader("l1_loss", args, ["input", "target", "size_average", "reduce", "reduction", "weight"])
            if let weighted = try weighted(r, i, .absolute) { return .tensor(weighted) }
            let (_, reduction) = try read(args, i, "l1_loss", r.names)
            return .tensor(try Loss.absoluteError(tensor(r, "input"), tensor(r, "target"), reduction: reduction))
        },
        "smooth_l1_loss": { args, i in
            let names = ["input", "target", "size_average", "reduce", "reduction", "beta"]
            let (r, reduction) = try read(args, i, "smooth_l1_loss", names)
            return .tensor(
                try Loss.smoothL1(tensor(r, "input"), tensor(r, "target"), reduction: reduction, beta: r.double("beta") ?? 1))
        },
        "huber_loss": { args, i in
            let r = try ArgumentReader("huber_loss", args, ["input", "target", "reduction", "delta", "weight"])
            if let weighted = try weighted(r, i, .huber(delta: r.double("delta") ?? 1)) { return .tensor(weighted) }
            let (_, reduction) = try read(args, i, "huber_loss", r.names)
            return .tensor(
                try Loss.huber(tensor(r, "input"), tensor(r, "target"), reduction: reduction, delta: r.double("delta") ?? 1))
        },
        "nll_loss": { args, i in
            let names = ["input", "target", "weight", "size_average", "ignore_index", "reduce", "reduction"]
            let (r, reduction) = try read(args, i, "nll_loss", names)
            return .tensor(
                try Loss.negativeLogLikelihood(
                    tensor(r, "input"), tensor(r, "target"), reduction: reduction,
                    ignoreIndex: Int64(r.int("ignore_index") ?? -100), weight: r.tensor("weight")))
        },
        "cross_entropy": { args, i in
            let names = [
                "input", "target", "weight", "size_average", "ignore_index", "reduce", "reduction", "label_smoothing",
            ]
            let (r, reduction) = try read(args, i, "cross_entropy", names)
            let options = Loss.CrossEntropyOptions(
                reduction: reduction, ignoreIndex: Int64(try r.int("ignore_index") ?? -100), weight: try r.tensor("weight"),
                labelSmoothing: try r.double("label_smoothing") ?? 0)
            return .tensor(try Loss.crossEntropy(tensor(r, "input"), tensor(r, "target"), options))
        },
        "binary_cross_entropy": { args, i in
            let names = ["input", "target", "weight", "size_average", "reduce", "reduction"]
            let (r, reduction) = try read(args, i, "binary_cross_entropy", names)
            return .tensor(
                try Loss.binaryCrossEntropy(
                    tensor(r, "input"), tensor(r, "target"), reduction: reduction, weight: r.tensor("weight")))
        },
        "binary_cross_entropy_with_logits": { args, i in
            let names = ["input", "target", "weight", "size_average", "reduce", "reduction", "pos_weight"]
            let (r, reduction) = try read(args, i, "binary_cross_entropy_with_logits", names)
            return .tensor(
                try Loss.binaryCrossEntropyWithLogits(
                    tensor(r, "input"), tensor(r, "target"), reduction: reduction, weight: r.tensor("weight"),
                    posWeight: r.tensor("pos_weight")))
        },
        "kl_div": { args, i in try klDivergence(args, i) },
    ]

    private static func tensor(_ r: ArgumentReader, _ name: String) throws -> Tensor {
        try PointwiseBinding.tensorArgument(r, name)
    }

    /// The reader and the reduction: `reduction`, or the legacy pair mapped with PyTorch's warning.
    private static func read(_ args: Arguments, _ interpreter: Interpreter, _ name: String, _ names: [String]) throws
        -> (ArgumentReader, LossReduction)
    {
        let r = try ArgumentReader(name, args, names)
        if let legacy = try legacyReduction(r, interpreter) { return (r, legacy) }
        return (r, try reduction(r, allowing: []).0)
    }

    /// `_Reduction.legacy_get_string(size_average, reduce)` when either is given.
    private static func legacyReduction(_ r: ArgumentReader, _ interpreter: Interpreter) throws -> LossReduction? {
        let given = { (name: String) -> Value? in
            guard r.names.contains(name), let v = r.value(name), !isNone(v) else { return nil }
            return v
        }
        guard given("size_average") != nil || given("reduce") != nil else { return nil }
        let sizeAverage = try given("size_average").map { try truth($0) } ?? true
        let reduce = try given("reduce").map { try truth($0) } ?? true
        let result: LossReduction = sizeAverage && reduce ? .mean : reduce ? .sum : .none
        interpreter.warn(
            category: "UserWarning",
            message: "size_average and reduce args will be deprecated, please use reduction='\(result.rawValue)' instead.")
        return result
    }

    private static func truth(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        default: throw PythonError(.typeError, "size_average and reduce must be bool, not \(v.typeName)")
        }
    }

    /// `reduction` as a string; `allowing` lists extra values (`batchmean`) returned as text.
    private static func reduction(_ r: ArgumentReader, allowing extra: [String]) throws -> (LossReduction, String?) {
        guard let v = r.value("reduction") else { return (.mean, nil) }
        guard case .string(let text) = v else {
            throw PythonError(.typeError, "\(r.function)(): argument 'reduction' must be str, not \(v.typeName)")
        }
        if extra.contains(text) { return (.sum, text) }
        guard let reduction = LossReduction(rawValue: text) else {
            throw PythonError(.valueError, "\(text) is not a valid value for reduction")
        }
        return (reduction, nil)
    }

    /// `F.kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False)`.
    private static func klDivergence(_ args: Arguments, _ interpreter: Interpreter) throws -> Value {
        let names = ["input", "target", "size_average", "reduce", "reduction", "log_target"]
        let r = try ArgumentReader("kl_div", args, names)
        var batchMean = false
        let chosen: LossReduction
        if let legacy = try legacyReduction(r, interpreter) {
            chosen = legacy
        } else {
            let (value, extra) = try reduction(r, allowing: ["batchmean"])
            if value == .mean && extra == nil {
                interpreter.warn(
                    category: "UserWarning",
                    message:
                        "reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release."
                )
            }
            (chosen, batchMean) = (value, extra != nil)
        }
        let input = try tensor(r, "input")
        let loss = try Loss.klDivergence(
            input, tensor(r, "target"), reduction: chosen, logTarget: r.bool("log_target", default: false))
        guard batchMean, let batch = input.shape.first else { return .tensor(loss) }
        return .tensor(try loss / Tensor.wrapping(.int(Int64(batch))))
    }

    /// The `weight=` form of `mse_loss`/`l1_loss`/`huber_loss`, or nil without a weight.
    private static func weighted(_ r: ArgumentReader, _ interpreter: Interpreter, _ kind: Loss.WeightedKind) throws
        -> Tensor?
    {
        guard let weight = try r.tensor("weight") else { return nil }
        var text = "mean"
        if let legacy = try legacyReduction(r, interpreter) {
            text = legacy.rawValue
        } else if let v = r.value("reduction") {
            guard case .string(let given) = v else {
                throw PythonError(.typeError, "\(r.function)(): argument 'reduction' must be str, not \(v.typeName)")
            }
            text = given
        }
        return try Loss.weighted(tensor(r, "input"), tensor(r, "target"), weight: weight, kind: kind, reduction: text)
    }

    private static func isNone(_ v: Value) -> Bool {
        if case .noneValue = v { return true }
        return false
    }
}
