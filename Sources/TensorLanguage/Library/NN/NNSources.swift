/// The parts of `torch.nn` written in Python — the layer classes, `nn.init` and `nn.utils` — as PyTorch
/// writes them (`torch/nn/modules/*.py`, `torch/nn/init.py`), run by `SourceModules` like the other
/// Python modules. They sit on the Swift `nn.Module`, call `torch.nn.functional`, and draw initial
/// weights from the generator in PyTorch's order, so a seeded `nn.Linear` holds PyTorch's numbers.
enum NNSources {
    /// The layer modules, in the order `torch.nn` loads them; their classes become `torch.nn`'s.
    static let layerModules = [
        "torch.nn.modules.container", "torch.nn.modules.linear", "torch.nn.modules.flatten",
        "torch.nn.modules.sparse", "torch.nn.modules.activation", "torch.nn.modules.loss",
        "torch.nn.modules.dropout", "torch.nn.modules.batchnorm", "torch.nn.modules.normalization",
    ]

    static let files: [String: String] = [
        "torch.nn.init": initSource, "torch.nn.utils": utilsSource,
        "torch.nn.modules.container": containerSource, "torch.nn.modules.linear": linearSource,
        "torch.nn.modules.flatten": flattenSource, "torch.nn.modules.sparse": sparseSource,
        "torch.nn.modules.activation": activationSource, "torch.nn.modules.loss": lossSource,
        "torch.nn.modules.dropout": dropoutSource, "torch.nn.modules.batchnorm": batchnormSource,
        "torch.nn.modules.normalization": normalizationSource,
    ]
}
