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
