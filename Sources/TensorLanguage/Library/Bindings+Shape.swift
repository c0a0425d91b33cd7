import Autograd

/// Language bindings of shape, creation and indexing ops.
extension TensorMethods {
    nonisolated(unsafe) static let shapeMethods: [String: Method] = [:]
}

extension TorchModule {
    nonisolated(unsafe) static let shapeFunctions: [String: Function] = [:]
}
