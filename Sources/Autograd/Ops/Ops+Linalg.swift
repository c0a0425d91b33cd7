extension Tensor {
    /// `self @ other` in all of `torch.matmul`'s shape cases, built from the same steps as ATen's
    /// `_matmul_impl` so the graph has PyTorch's nodes: `DotBackward0` (1-d·1-d), `MvBackward0`
    /// (2-d·1-d), `SqueezeBackward4` over `MmBackward0` (1-d·2-d), `MmBackward0` (2-d·2-d), and for
    /// batches either a folded `mm`/`mv` or `bmm`, under `UnsafeViewBackward0`.
    ///
    /// ```swift
    /// let w = try Tensor.ones([3, 2], requiresGrad: true)
    /// let y = try Tensor.ones([4, 3]).matmul(w)  // shape [4, 2], grad_fn MmBackward0
    /// ```
    public func matmul(_ other: Tensor) throws -> Tensor {
        switch (dim, other.dim) {
        case (0, _), (_, 0): throw TorchError.runtime(Messages.zeroDimOperand("matmul", dim, other.dim))
        case (1, 1): return try dot(other)
        case (2, 1): return try mv(other)
        case (1, 2): return try unsqueeze(0).mm(other).squeezedInPlace(0)
        case (2, 2): return try mm(other)
        default:
            if Matmul.shouldFold(self, other) { return try Matmul.folded(self, other) }
            return try Matmul.batched(self, other)
        }
    }

    /// ATen's `squeeze_(d)` on a fresh result: same memory, dimension `d` (of size 1) gone, the
    /// version bumped as for any in-place change, recorded as `SqueezeBackward4`.
    func squeezedInPlace(_ d: Int) -> Tensor {
        var newShape = shape
        var newStrides = strides
        newShape.remove(at: d)
        newStrides.remove(at: d)
        let result = Tensor(storage: storage, offset: offset, shape: newShape, strides: newStrides, dtype: dtype)
        result.versionCounter = versionCounter
        bumpVersion()
        if GraphRecorder.shouldRecord([self]) {
            Views.squeezeInPlace.record(result, inputs: [self], params: d)
        }
        return result
    }

    /// ATen's `_unsafe_view`: a contiguous result's memory under a new shape, not marked as a view
    /// (`UnsafeViewBackward0`).
    func unsafeView(_ target: [Int]) -> Tensor {
        let result = Tensor(
            storage: storage, offset: offset, shape: target, strides: Tensor.contiguousStrides(target), dtype: dtype)
        if GraphRecorder.shouldRecord([self]) {
            Views.unsafeView.record(result, inputs: [self], params: shape)
        }
        return result
    }

    /// `expand` as ATen records it: an `ExpandBackward0` view even when the shape does not change.
    func expandedForMatmul(_ target: [Int]) throws -> Tensor {
        let result = try expand(target)
        guard result === self else { return result }
        return makeView(shape: shape, strides: strides, row: Views.expand, params: shape)
    }

    /// `contiguous()`: the tensor itself when already contiguous, else a copy (`CloneBackward0`).
    func contiguousForMatmul() throws -> Tensor {
        try isContiguous ? self : clone()
    }
}

/// The cases of `matmul` where an operand has three or more dimensions.
enum Matmul {
    /// ATen's `should_fold`: whether the larger operand's batch dimensions fold into matrix rows, so
    /// one `mm`/`mv` does the work of a `bmm`. Always when the smaller operand needs a gradient (its
    /// gradient is then one product, not a batch of them summed), else when folding copies nothing.
    static func shouldFold(_ a: Tensor, _ b: Tensor) -> Bool {
        let aLarger = a.dim >= b.dim
        let (large, small) = aLarger ? (a, b) : (b, a)
        guard large.dim >= 3 && small.dim <= 2 else { return false }
        if small.requiresGrad { return true }
        // Folding a 2-d left operand would need the result transposed and copied.
        if a.dim == 2 { return false }
        if large.numel == 0 { return true }
        var shape = large.shape
        var strides = large.strides
        if !aLarger {
            shape.swapAt(shape.count - 2, shape.count - 1)
            strides.swapAt(strides.count - 2, strides.count - 1)
        }
        // PyTorch 2.15 folds exactly when the rows merge into a view; dimensions of size 1 may
        // have any stride (a stride-by-stride comparison would refuse `b.mT` for b of shape (3, 2, 1)).
        let rows = shape.dropLast().reduce(1, *)
        return ShapeInference.viewStrides(shape: shape, strides: strides, target: [rows, shape[shape.count - 1]]) != nil
    }

    /// The batch of the larger operand folded into the rows of one matrix.
    static func folded(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let transpose = b.dim > a.dim
        let t1 = try transpose ? b.matrixTransposed() : a
        let t2 = try !transpose ? b : a.dim == 2 ? a.t() : a
        var outputShape = Array(t1.shape.dropLast())
        let rows = outputShape.reduce(1, *)
        let t1Folded = try t1.reshape([rows, t1.shape[t1.dim - 1]])
        guard t2.dim == 2 else { return try t1Folded.mv(t2).unsafeView(outputShape) }
        outputShape.append(t2.shape[1])
        let output = try t1Folded.mm(t2).unsafeView(outputShape)
        return try transpose ? output.matrixTransposed().contiguousForMatmul() : output
    }

    /// Both operands broadcast to a common batch, flattened to 3-d and multiplied with `bmm`.
    static func batched(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let (d1, d2) = (a.dim, b.dim)
        let n = d1 > 1 ? a.shape[d1 - 2] : 1
        let m1 = a.shape[d1 - 1]
        let batch1 = Array(a.shape.prefix(max(d1 - 2, 0)))
        let m2 = d2 > 1 ? b.shape[d2 - 2] : b.shape[0]
        let p = d2 > 1 ? b.shape[d2 - 1] : 1
        let batch2 = Array(b.shape.prefix(max(d2 - 2, 0)))
        // A batch of one that needs a gradient is squeezed so the product folds (see shouldFold);
        // the call below lands in `folded`, one level deep.
        if d1 == 3 && d2 == 3 && batch1[0] != batch2[0] {
            if batch1[0] == 1 && a.requiresGrad { return try a.squeeze(0).matmul(b) }
            if batch2[0] == 1 && b.requiresGrad { return try a.matmul(b.squeeze(0)) }
        }
        var outputShape = try Broadcast.shape(batch1, batch2)
        let count = outputShape.reduce(1, *)
        let left = try a.expandedForMatmul(outputShape + [n, m1]).reshape([count, n, m1])
        let right =
            try d2 == 1
            ? b.expandedForMatmul(outputShape + [m2]).reshape([count, m2]).unsqueeze(2)
            : b.expandedForMatmul(outputShape + [m2, p]).reshape([count, m2, p])
        if d1 > 1 { outputShape.append(n) }
        if d2 > 1 { outputShape.append(p) }
        var product = try left.bmm(right)
        if d2 == 1 { product = try product.squeeze(-1) }
        return product.unsafeView(outputShape)
    }
}
