import Autograd

/// `torch.nn.functional`'s layer functions: `linear`, `dropout`, and their relatives.
enum FunctionalLayerBinding {
    typealias Function = TorchModule.Function

    nonisolated(unsafe) static let functions: [String: Function] = [
        "linear": { args, _ in
            let r = try ArgumentReader("linear", args, ["input", "weight", "bias"])
            let (input, weight) = try (tensor(r, "input"), tensor(r, "weight"))
            return .tensor(try Tensor.linear(input, weight, r.tensor("bias")))
        },
        "dropout": { args, interpreter in
            try dropout(args, interpreter, "dropout", training: true) { try $0.dropout(p: $1, training: $2, inPlace: $3) }
        },
        "layer_norm": { args, _ in
            let r = try ArgumentReader("layer_norm", args, ["input", "normalized_shape", "weight", "bias", "eps"])
            let shape = try Library.shape([r.required("normalized_shape")], function: "layer_norm")
            return .tensor(
                try Tensor.layerNorm(
                    tensor(r, "input"), normalizedShape: shape, weight: r.tensor("weight"), bias: r.tensor("bias"),
                    eps: r.double("eps") ?? 1e-5))
        },
        "group_norm": { args, _ in
            let r = try ArgumentReader("group_norm", args, ["input", "num_groups", "weight", "bias", "eps"])
            let input = try tensor(r, "input")
            guard let groups = try r.int("num_groups") else {
                throw PythonError(.typeError, "group_norm() missing required argument 'num_groups'")
            }
            try verifyGroupBatch(input, groups: groups)
            return .tensor(
                try Tensor.groupNorm(
                    input, groups: groups, weight: r.tensor("weight"), bias: r.tensor("bias"), eps: r.double("eps") ?? 1e-5))
        },
        "bilinear": { args, _ in
            let r = try ArgumentReader("bilinear", args, ["input1", "input2", "weight", "bias"])
            return .tensor(
                try Tensor.bilinear(tensor(r, "input1"), tensor(r, "input2"), tensor(r, "weight"), r.tensor("bias")))
        },
        "batch_norm": { args, _ in
            let names = ["input", "running_mean", "running_var", "weight", "bias", "training", "momentum", "eps"]
            let r = try ArgumentReader("batch_norm", args, names)
            _ = try r.required("running_mean")
            _ = try r.required("running_var")
            return .tensor(
                try Tensor.batchNorm(
                    tensor(r, "input"), runningMean: r.tensor("running_mean"), runningVar: r.tensor("running_var"),
                    weight: r.tensor("weight"), bias: r.tensor("bias"), training: r.bool("training", default: false),
                    momentum: r.double("momentum") ?? 0.1, eps: r.double("eps") ?? 1e-5))
        },
        "embedding": { args, _ in try embedding(args) },
        "normalize": { args, _ in
            let r = try ArgumentReader("normalize", args, ["input", "p", "dim", "eps", "out"])
            switch r.value("out") {
            case nil, .noneValue?: break
            default: throw PythonError(.notImplementedError, "normalize(): Wick does not take out= here")
            }
            let input = try tensor(r, "input")
            let norm = try input.vectorNorm(ord: r.double("p") ?? 2, dims: [r.int("dim") ?? 1], keepDim: true)
            return .tensor(try input / norm.clampMin(.float(r.double("eps") ?? 1e-12)).expand(input.shape))
        },
        "one_hot": { args, _ in
            let r = try ArgumentReader("one_hot", args, ["tensor", "num_classes"])
            return .tensor(try Tensor.oneHot(tensor(r, "tensor"), classes: r.int("num_classes") ?? -1))
        },
        "pad": { args, _ in
            let r = try ArgumentReader("pad", args, ["input", "pad", "mode", "value"])
            let amounts = try Library.shape([r.required("pad")], function: "pad")
            if let mode = r.value("mode") {
                guard case .string("constant") = mode else {
                    throw PythonError(.notImplementedError, "pad(): Wick supports mode='constant' only")
                }
            }
            let value: Scalar =
                switch r.value("value") {
                case .int(let i)?: .int(Int64(i))
                case .bool(let b)?: .bool(b)
                default: .float(try r.double("value") ?? 0)
                }
            return .tensor(try Tensor.constantPad(tensor(r, "input"), amounts, value: value))
        },
        "alpha_dropout": { args, interpreter in
            try dropout(args, interpreter, "alpha_dropout", training: false) {
                try $0.alphaDropout(p: $1, training: $2, inPlace: $3)
            }
        },
    ]

    /// `torch.addmm(input, mat1, mat2, *, beta=1, alpha=1)`.
    nonisolated(unsafe) static let torchFunctions: [String: Function] = [
        "addmm": { args, _ in
            let r = try ArgumentReader("addmm", args, ["input", "mat1", "mat2", "beta", "alpha"])
            let (input, mat1, mat2) = try (tensor(r, "input"), tensor(r, "mat1"), tensor(r, "mat2"))
            return .tensor(
                try Tensor.addmm(input, mat1, mat2, beta: r.double("beta") ?? 1, alpha: r.double("alpha") ?? 1))
        }
    ]

    /// `F.group_norm`'s Python checks: at least two dimensions, and more than one value per group
    /// (`_verify_batch_size` over `[N * C // G, G, *spatial]`).
    private static func verifyGroupBatch(_ input: Tensor, groups: Int) throws {
        guard input.dim >= 2 else {
            throw PythonError(.runtimeError, "Expected at least 2 dimensions for input tensor but received \(input.dim)")
        }
        guard groups != 0 else { throw PythonError(.zeroDivisionError, "integer division or modulo by zero") }
        // Sizes of an empty tensor can be huge: multiply with overflow checks (the product is only compared with 1).
        let (channels, overflow) = input.shape[0].multipliedReportingOverflow(by: input.shape[1])
        guard !overflow else { return }
        var perGroup = channels / groups
        if channels % groups != 0 && (channels < 0) != (groups < 0) { perGroup -= 1 }
        let size = [perGroup, groups] + input.shape.dropFirst(2)
        var product = perGroup
        for d in size.dropFirst(2) {
            let (next, overflow) = product.multipliedReportingOverflow(by: d)
            guard !overflow else { return }
            product = next
        }
        if product == 1 {
            throw PythonError(
                .valueError,
                "Expected more than 1 value per channel when training, got input size [\(size.map(String.init).joined(separator: ", "))]"
            )
        }
    }

    /// `F.embedding`: `padding_idx` is checked and made non-negative in Python, as PyTorch does.
    private static func embedding(_ args: Arguments) throws -> Value {
        let names = ["input", "weight", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse"]
        let r = try ArgumentReader("embedding", args, names)
        let (input, weight) = try (tensor(r, "input"), tensor(r, "weight"))
        if try r.double("max_norm") != nil {
            throw PythonError(.notImplementedError, "embedding(): max_norm is not supported by Wick")
        }
        if try r.bool("sparse", default: false) {
            throw PythonError(.notImplementedError, "embedding(): sparse gradients are not supported by Wick")
        }
        var padding = -1
        if let given = try r.int("padding_idx") {
            let rows = weight.shape.first ?? 0
            if given > 0 && given >= rows || given < 0 && given < -rows {
                throw PythonError(.assertionError, "Padding_idx must be within num_embeddings")
            }
            padding = given < 0 ? rows + given : given
        }
        return .tensor(
            try Tensor.embedding(
                input, weight, paddingIndex: padding, scaleByFrequency: r.bool("scale_grad_by_freq", default: false)))
    }

    static func tensor(_ r: ArgumentReader, _ name: String) throws -> Tensor {
        try PointwiseBinding.tensorArgument(r, name)
    }

    /// `F.dropout(input, p=0.5, training=True, inplace=False)`; `p` is checked in Python first.
    private static func dropout(
        _ args: Arguments, _ interpreter: Interpreter, _ name: String, training defaultTraining: Bool,
        _ body: (Tensor, Double, Bool, Bool) throws -> Tensor
    ) throws -> Value {
        let r = try ArgumentReader(name, args, ["input", "p", "training", "inplace"])
        let p = try r.double("p") ?? 0.5
        guard p >= 0 && p <= 1 else {
            let shown = try r.value("p").map { try interpreter.repr($0) } ?? "\(p)"
            throw PythonError(.valueError, "dropout probability has to be between 0 and 1, but got \(shown)")
        }
        let input = try tensor(r, "input")
        let training = try r.bool("training", default: defaultTraining)
        return .tensor(try body(input, p, training, r.bool("inplace", default: false)))
    }
}
