import Autograd

/// Language bindings of the matrix products (`torch.matmul`, `Tensor.mm`, …).
extension TensorMethods {
    nonisolated(unsafe) static let linalgMethods: [String: Method] = [:]
}

extension TorchModule {
    nonisolated(unsafe) static let linalgFunctions: [String: Function] = [:]
}
