/// Joining tensors: `torch.cat` and `torch.stack`.
extension Tensor {
    /// `torch.cat(tensors, dim)` (`CatBackward0`); 1-d empty tensors are skipped, as PyTorch still allows.
    public static func cat(_ tensors: [Tensor], dim requested: Int) throws -> Tensor {
        let (shape, d) = try catShape(tensors, dim: requested)
        let dtype = tensors.dropFirst().reduce(tensors[0].dtype) { TypePromotion.promote($0, $1.dtype) }
        // Every element is written below: the result need not be zeroed first.
        let result = try Tensor(uninitialized: shape, dtype: dtype)
        let skipsEmpty = tensors.contains { !$0.isLegacyEmpty }
        var position = 0
        var ranges: [Range<Int>?] = []
        for t in tensors {
            guard !(t.isLegacyEmpty && skipsEmpty) else {
                ranges.append(nil)
                continue
            }
            let count = t.dim > d ? t.shape[d] : 0
            try GradMode.with(false) {
                try result.slice(d, start: position, stop: position + count, step: 1).assign(from: t)
            }
            ranges.append(position..<(position + count))
            position += count
        }
        result.resetVersion()
        guard GraphRecorder.shouldRecord(tensors) else { return result }
        Tensor.concatenation.record(result, inputs: tensors, params: (d, ranges, tensors.map(\.dtype)))
        return result
    }

    /// A 1-d tensor with no elements, which `cat` skips.
    private var isLegacyEmpty: Bool { dim == 1 && numel == 0 }

    /// The result shape of `cat` and its normalized dimension, with PyTorch's checks.
    private static func catShape(_ tensors: [Tensor], dim requested: Int) throws -> (shape: [Int], dim: Int) {
        guard let first = tensors.first else {
            throw TorchError(.valueError, "torch.cat(): expected a non-empty list of Tensors")
        }
        for (i, t) in tensors.enumerated() where t.dim == 0 {
            throw TorchError.runtime("zero-dimensional tensor (at position \(i)) cannot be concatenated")
        }
        let joined = tensors.filter { !$0.isLegacyEmpty }
        let reference = joined.first ?? first
        let d = try Reduction.normalize(requested, rank: reference.dim)
        var total = 0
        for (i, t) in tensors.enumerated() where !t.isLegacyEmpty {
            guard t.dim == reference.dim else {
                throw TorchError.runtime("Tensors must have same number of dimensions: got \(reference.dim) and \(t.dim)")
            }
            for k in 0..<t.dim where k != d && t.shape[k] != reference.shape[k] {
                throw TorchError.runtime(
                    "Sizes of tensors must match except in dimension \(d). Expected size \(reference.shape[k]) but got size \(t.shape[k]) for tensor number \(i) in the list."
                )
            }
            total += t.shape[d]
        }
        var shape = reference.shape
        if !joined.isEmpty { shape[d] = total }
        return (shape, d)
    }

    /// `torch.stack(tensors, dim)` (`StackBackward0`): joins equal-shaped tensors along a new dimension.
    public static func stack(_ tensors: [Tensor], dim requested: Int) throws -> Tensor {
        guard let first = tensors.first else { throw TorchError.runtime("stack expects a non-empty TensorList") }
        let d = try Reduction.normalize(requested, rank: first.dim + 1)
        for (i, t) in tensors.enumerated() where t.shape != first.shape {
            throw TorchError.runtime(
                "stack expects each tensor to be equal size, but got \(ShapeText.bracketed(first.shape)) at entry 0 and \(ShapeText.bracketed(t.shape)) at entry \(i)"
            )
        }
        var shape = first.shape
        shape.insert(tensors.count, at: d)
        let dtype = tensors.dropFirst().reduce(first.dtype) { TypePromotion.promote($0, $1.dtype) }
        let result = try Tensor(uninitialized: shape, dtype: dtype)
        for (i, t) in tensors.enumerated() {
            try GradMode.with(false) { try result.select(d, i).assign(from: t) }
        }
        result.resetVersion()
        guard GraphRecorder.shouldRecord(tensors) else { return result }
        Tensor.stacking.record(result, inputs: tensors, params: (d, first.shape, tensors.map(\.dtype)))
        return result
    }
}

/// The rows of `cat` and `stack`.
extension Tensor {
    /// `Params`: the dim, each input's range along it (`nil` for a skipped 1-d empty tensor), the dtypes.
    static let concatenation = OpRow<(dim: Int, ranges: [Range<Int>?], types: [DType])>(
        "CatBackward0",
        python: PythonSignature(
            "cat", "torch.cat(tensors, dim=0) -> Tensor",
            "Joins a list or tuple of tensors end to end along an existing dimension;\nthe other sizes must match."),
        probe: GradientProbe(shapes: [[2, 3], [2, 2]]) { try Tensor.cat([$0[0], $0[1]], dim: 1) }
    ) { grad, saved, p in
        try p.ranges.enumerated().map { i, range in
            guard saved.needsGrad(i) else { return nil }
            guard let range else { return try Tensor(zeros: [0], dtype: p.types[i]) }
            let part = try grad.slice(p.dim, start: range.lowerBound, stop: range.upperBound, step: 1)
            return try part.reduced(toShape: part.shape, dtype: p.types[i])
        }
    }

    /// `Params`: the new dim, the inputs' common shape, their dtypes.
    static let stacking = OpRow<(dim: Int, shape: [Int], types: [DType])>(
        "StackBackward0",
        python: PythonSignature(
            "stack", "torch.stack(tensors, dim=0) -> Tensor",
            "Stacks same-shaped tensors along a new dimension dim.\nExample: torch.stack([a, b])  # two (3,) tensors -> shape (2, 3)"
        ),
        probe: GradientProbe(shapes: [[2, 3], [2, 3]]) { try Tensor.stack([$0[0], $0[1]], dim: 1) }
    ) { grad, saved, p in
        try p.types.enumerated().map { i, type in
            saved.needsGrad(i) ? try grad.select(p.dim, i).reduced(toShape: p.shape, dtype: type) : nil
        }
    }

    static let joinRows: [AnyOpRow] = [concatenation, stacking]
}
