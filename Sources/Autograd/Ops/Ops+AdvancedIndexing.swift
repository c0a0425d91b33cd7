/// Indexing by tensors: reading (`IndexBackward0`) and the in-place writes `index_put_`,
/// `masked_fill_` and the `index_fill_` that `x[idx] = 0` uses.
extension Tensor {
    /// `self[indices]` with long or bool index tensors, one entry per leading dimension (`IndexBackward0`).
    public func index(_ indices: [Tensor?]) throws -> Tensor {
        let plan = try AdvancedIndex(source: self, indices: indices)
        let result = try gathered(plan.offsets, shape: plan.resultShape)
        guard GraphRecorder.shouldRecord([self]) else { return result }
        // PyTorch saves the index tensors (`_saved_indices`): a second backward raises.
        Indexing.index.record(
            result, inputs: [self], saving: indices.compactMap { $0 },
            params: Indexing.IndexParams(present: indices.map { $0 != nil }, shape: shape, dtype: dtype))
        return result
    }

    /// `index_put_(indices, values, accumulate)`: writes `values`, broadcast to the indexed shape (`IndexPutBackward0`).
    public func indexPutInPlace(_ indices: [Tensor?], _ values: Tensor, accumulate: Bool = false) throws {
        let plan = try AdvancedIndex(source: self, indices: indices)
        guard (try? Broadcast.shape(plan.resultShape, values.shape)) == plan.resultShape else {
            throw TorchError.runtime(
                "shape mismatch: value tensor of shape \(ShapeText.bracketed(values.shape)) cannot be broadcast to indexing result of shape \(ShapeText.bracketed(plan.resultShape))"
            )
        }
        let spread = try GradMode.with(false) { try values.expand(plan.resultShape) }.converted(to: dtype)
        try recordInPlace(IndexWrites.indexPut, others: [values], params: (indices, accumulate, values.shape, values.dtype)) {
            try scatter(plan.offsets, values: spread, accumulate: accumulate)
        }
    }

    /// `masked_fill_(mask, value)`: `mask` is bool and broadcasts to this shape (`MaskedFillBackward0`).
    public func maskedFillInPlace(_ mask: Tensor, _ value: Scalar) throws {
        guard mask.dtype == .bool else {
            throw TorchError.runtime(
                "masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype == .int64 ? "long" : mask.dtype.name)"
            )
        }
        let value = try value.checkedConvert(to: dtype)
        let spread = try GradMode.with(false) { try mask.expand(shape) }
        try recordInPlace(IndexWrites.maskedFill, params: mask) { fill(where: spread, with: value) }
    }

    /// `index_fill_` generalised to an advanced index: sets every indexed element to `value` (`IndexFillBackward0`).
    public func indexFillInPlace(_ indices: [Tensor?], _ value: Scalar) throws {
        let plan = try AdvancedIndex(source: self, indices: indices, reportActualDims: true)
        let filler = Tensor.scalarTensor(try value.checkedConvert(to: dtype), dtype: dtype)
        let spread = try GradMode.with(false) { try filler.expand(plan.resultShape) }
        try recordInPlace(IndexWrites.indexFill, params: indices) {
            try scatter(plan.offsets, values: spread, accumulate: false)
        }
    }

    /// Sets the elements where `mask` (already of this shape) is true, and bumps the version.
    private func fill(where mask: Tensor, with value: Scalar) {
        dtype.dispatch(MaskedFill(target: self, mask: mask, value: value))
        bumpVersion()
    }
}

/// Sets a view's elements where a same-shape bool mask is true.
private struct MaskedFill: ElementVisitor {
    typealias Output = Void
    typealias Failure = Never
    let target: Tensor
    let mask: Tensor
    let value: Scalar

    func visit<T: TensorElement>(_: T.Type) {
        let v = T(scalar: value)
        let (dst, flags) = (target.pointer(T.self), mask.pointer(Bool.self))
        StridedLoop.forEach2(
            shape: target.shape, stridesA: target.strides, startA: target.offset, stridesB: mask.strides,
            startB: mask.offset
        ) { if flags[$1] { dst[$0] = v } }
    }
}
