import Autograd

/// Language bindings of pointwise ops, reductions and `torch.nn.functional`.
extension TensorMethods {
    nonisolated(unsafe) static let pointwiseMethods: [String: Method] = [:]
}

extension TorchModule {
    nonisolated(unsafe) static let pointwiseFunctions: [String: Function] = [:]
    /// Members of `torch.nn.functional`.
    nonisolated(unsafe) static let functionalFunctions: [String: Function] = [:]
}
