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
        let types = tensors.map(\.dtype)
        GraphRecorder.record(result, name: "CatBackward0", inputs: tensors) { grad, context in
            try ranges.enumerated().map { i, range in
                guard context.needsGrad(i) else { return nil }
                guard let range else { return try Tensor(zeros: [0], dtype: types[i]) }
                let part = try grad.slice(d, start: range.lowerBound, stop: range.upperBound, step: 1)
                return try part.reduced(toShape: part.shape, dtype: types[i])
            }
        }
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
        let types = tensors.map(\.dtype)
        let inputShape = first.shape
        GraphRecorder.record(result, name: "StackBackward0", inputs: tensors) { grad, context in
            try types.enumerated().map { i, type in
                context.needsGrad(i) ? try grad.select(d, i).reduced(toShape: inputShape, dtype: type) : nil
            }
        }
        return result
    }
}
