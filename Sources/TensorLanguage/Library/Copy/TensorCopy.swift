import Autograd

/// `Tensor.__deepcopy__(memo)` as `torch/_tensor.py` and `torch/nn/parameter.py` write it: a leaf's
/// values copied, `requires_grad` kept and `.grad` deep-copied too; a `Parameter` becomes a new
/// `Parameter` over a clone of its data (its `.grad` is not copied, as in PyTorch).
enum TensorCopy {
    nonisolated(unsafe) static let methods: [String: TensorMethods.Method] = [
        "__deepcopy__": { t, args, _ in
            _ = try ArgumentReader("__deepcopy__", args, ["memo"]).required("memo")
            return .tensor(try deepCopy(t))
        }
    ]

    static func deepCopy(_ t: Tensor) throws -> Tensor {
        if NNParameter.isParameter(.tensor(t)) {
            return try NNParameter.wrap(GradMode.with(false) { try t.detach().clone() }, requiresGrad: t.requiresGrad)
        }
        guard t.isLeaf else {
            throw PythonError(
                .runtimeError,
                "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001"
            )
        }
        let copy = try GradMode.with(false) { try t.clone() }
        try copy.setRequiresGrad(t.requiresGrad, site: .factory)
        if let grad = t.grad { try copy.setGrad(deepCopy(grad)) }
        copy.languageObject = t.languageObject
        return copy
    }
}
