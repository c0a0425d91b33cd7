import Autograd

/// The Python class of a tensor made by a subclass of `torch.Tensor` (today: `nn.Parameter`), kept in
/// the tensor's `languageObject` slot. Results of operations on such a tensor are plain tensors, as
/// PyTorch's `Parameter` disables `__torch_function__`.
final class TensorClassTag {
    let cls: PyType
    init(_ cls: PyType) { self.cls = cls }
}

extension PyType {
    /// `torch.nn.Parameter(data=None, requires_grad=True)`: a leaf that shares `data`'s memory.
    static let parameter = PyType(
        builtin: "Parameter", module: "torch.nn.parameter", base: .tensor,
        construct: { args, _ in
            .tensor(try NNParameter.make(args))
        })
}

enum NNParameter {
    static func make(_ args: Arguments) throws -> Tensor {
        let r = try ArgumentReader("Parameter", args, ["data", "requires_grad"])
        let data: Tensor
        switch r.value("data") {
        case nil, .noneValue?: data = try Tensor.zeros([0], dtype: .defaultFloat)
        case .tensor(let t)?: data = t
        case let other?:
            throw PythonError(
                .typeError, "_make_subclass(): argument 'data' (position 2) must be Tensor, not \(other.typeName)")
        }
        return try wrap(data, requiresGrad: try r.bool("requires_grad", default: true))
    }

    /// A parameter holding `data`'s memory (detached from its history), as `Tensor._make_subclass` makes it.
    static func wrap(_ data: Tensor, requiresGrad: Bool) throws -> Tensor {
        let p = data.detach()
        try p.setRequiresGrad(requiresGrad, site: .factory)
        p.languageObject = TensorClassTag(.parameter)
        return p
    }

    static func isParameter(_ value: Value) -> Bool {
        guard case .tensor(let t) = value, let tag = t.languageObject as? TensorClassTag else { return false }
        return tag.cls.isSubclass(of: .parameter)
    }

    /// `Parameter containing:` above the tensor's own repr (`Parameter.__repr__`).
    static func repr(_ t: Tensor) -> String? {
        guard let tag = t.languageObject as? TensorClassTag, tag.cls.isSubclass(of: .parameter) else { return nil }
        return "Parameter containing:\n" + TensorRepr.repr(t)
    }
}
