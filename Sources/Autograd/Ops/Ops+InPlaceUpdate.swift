extension Tensor {
    /// Runs an out-of-place op and writes its result into this tensor, moving the tensor's history
    /// onto the op's node the way PyTorch's in-place ops (`clamp_`, `relu_`) rebase it.
    ///
    /// The op sees a snapshot of the old values with the old history, so what its node saves is
    /// not changed by the write.
    public func updateInPlace(_ op: (Tensor) throws -> Tensor) throws {
        try checkInPlace()
        let recording = GradMode.isEnabled && requiresGrad
        let input: Tensor
        if recording {
            input = try converted(to: dtype)
            input.gradFn = gradFn
            input.leafRequiresGrad = leafRequiresGrad
        } else {
            input = self
        }
        let result = try op(input)
        try assign(from: result)
        if recording, let node = result.gradFn {
            rebaseHistory(onto: node)
        }
    }
}

extension Tensor {
    /// `relu_()`, `sigmoid_()`, …: a declared unary op applied in place.
    public func applyInPlace(unary name: String) throws {
        guard let op = UnaryOp.all.first(where: { $0.pythonName == name }) else {
            throw TorchError.runtime("unknown in-place operation \(name)_")
        }
        let probe = try op.forward(try Tensor(zeros: [], dtype: dtype))
        if probe.dtype != dtype {
            throw TorchError.runtime(
                "result type \(probe.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)"
            )
        }
        try updateInPlace { try op($0) }
    }
}
