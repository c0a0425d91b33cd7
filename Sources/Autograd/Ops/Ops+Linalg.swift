extension Tensor {
    /// `self @ other` in all of `torch.matmul`'s shape cases.
    public func matmul(_ other: Tensor) throws -> Tensor {
        throw TorchError.runtime("matmul is not implemented yet")
    }
}
