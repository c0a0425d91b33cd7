extension Tensor {
    /// Broadcasts size-1 dimensions to `target` without copying (`ExpandBackward0`); `-1` keeps a size.
    public func expand(_ target: [Int]) throws -> Tensor {
        guard target.count >= dim else {
            throw TorchError.runtime(
                "expand(\(dtype.legacyTypeName){\(ShapeText.bracketed(shape))}, size=\(ShapeText.bracketed(target))): the number of sizes provided (\(target.count)) must be greater or equal to the number of dimensions in the tensor (\(dim))"
            )
        }
        let lead = target.count - dim
        var resolved = target
        var newStrides = [Int](repeating: 0, count: target.count)
        for d in 0..<target.count {
            if d < lead {
                guard target[d] >= 0 else {
                    throw TorchError.runtime(
                        "The expanded size of the tensor (\(target[d])) isn't allowed in a leading, non-existing dimension \(d)")
                }
                continue
            }
            let size = shape[d - lead]
            if resolved[d] == -1 { resolved[d] = size }
            if size == resolved[d] {
                newStrides[d] = strides[d - lead]
            } else if size != 1 || resolved[d] < 0 {
                throw TorchError.runtime(
                    "The expanded size of the tensor (\(resolved[d])) must match the existing size (\(size)) at non-singleton dimension \(d).  Target sizes: \(ShapeText.bracketed(target)).  Tensor sizes: \(ShapeText.bracketed(shape))"
                )
            }
        }
        try ShapeInference.checkElementCount(resolved)
        return makeView(shape: resolved, strides: newStrides, row: Views.expand, params: shape)
    }

    /// Same data, new shape; needs a layout where that is possible (`ViewBackward0`).
    public func view(_ requested: [Int]) throws -> Tensor {
        let target = try ShapeInference.resolve(requested, numel: numel)
        guard let newStrides = ShapeInference.viewStrides(shape: shape, strides: strides, target: target) else {
            throw TorchError.runtime(
                "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead."
            )
        }
        return makeView(shape: target, strides: newStrides, row: Views.view, params: shape)
    }

    /// A view when the layout allows, otherwise a copy: `ViewBackward0` for a contiguous tensor,
    /// `ReshapeAliasBackward0` for another viewable layout (ATen's `_reshape_alias`), and
    /// `UnsafeViewBackward0` over `CloneBackward0` for a copy.
    public func reshape(_ requested: [Int]) throws -> Tensor {
        let target = try ShapeInference.resolve(requested, numel: numel)
        if isContiguous { return try view(target) }
        if let aliasStrides = ShapeInference.viewStrides(shape: shape, strides: strides, target: target) {
            return makeView(shape: target, strides: aliasStrides, row: Views.reshapeAlias, params: shape)
        }
        let copy = try clone()
        let result = Tensor(
            storage: copy.storage, offset: copy.offset, shape: target,
            strides: Tensor.contiguousStrides(target), dtype: dtype)
        if GraphRecorder.shouldRecord([copy]) {
            Views.unsafeView.record(result, inputs: [copy], params: copy.shape)
        }
        return result
    }

    /// Inserts a dimension of size 1 (`UnsqueezeBackward0`).
    public func unsqueeze(_ d: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim + 1)
        var newShape = shape
        var newStrides = strides
        let stride = at < dim ? strides[at] * shape[at] : 1
        newShape.insert(1, at: at)
        newStrides.insert(stride, at: at)
        return makeView(shape: newShape, strides: newStrides, row: Views.unsqueeze, params: at)
    }

    /// Removes dimension `d` if it has size 1 (`SqueezeBackward1`); always a new view.
    public func squeeze(_ d: Int) throws -> Tensor {
        let at = try Reduction.normalize(d, rank: dim)
        return squeezing(dims: dim > 0 && shape[at] == 1 ? [at] : [], row: Views.squeezeDim)
    }

    /// Removes every dimension of size 1 (`SqueezeBackward0`).
    public func squeeze() -> Tensor {
        squeezing(dims: shape.indices.filter { shape[$0] == 1 }, row: Views.squeezeAll)
    }

    /// Removes the listed dimensions that have size 1 (`SqueezeBackward2`).
    public func squeeze(dims requested: [Int]) throws -> Tensor {
        let dims = try Reduction.normalize(requested, rank: dim)
        return squeezing(dims: dims.filter { dim > 0 && shape[$0] == 1 }, row: Views.squeezeDims)
    }

    private func squeezing(dims: [Int], row: OpRow<[Int]>) -> Tensor {
        var newShape: [Int] = []
        var newStrides: [Int] = []
        for d in 0..<dim where !dims.contains(d) {
            newShape.append(shape[d])
            newStrides.append(strides[d])
        }
        return makeView(shape: newShape, strides: newStrides, row: row, params: shape)
    }

    /// `flatten(start_dim, end_dim)`: merges a run of dimensions through `reshape`.
    public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Tensor {
        let start = try Reduction.normalize(startDim, rank: dim)
        let end = try Reduction.normalize(endDim, rank: dim)
        guard start <= end else {
            throw TorchError.runtime("flatten() has invalid args: start_dim cannot come after end_dim")
        }
        if dim == 0 { return try reshape([1]) }
        if start == end { return self }
        let merged = shape[start...end].reduce(1, *)
        return try reshape(Array(shape[..<start]) + [merged] + Array(shape[(end + 1)...]))
    }

    /// `contiguous()`: this tensor when already contiguous, otherwise a copy (`CloneBackward0`).
    public func contiguous() throws -> Tensor {
        isContiguous ? self : try clone()
    }

    /// A new view with the same geometry (`AliasBackward0`), as `x[...]` returns.
    public func aliasView() -> Tensor {
        makeView(shape: shape, strides: strides, row: Indexing.alias, params: ())
    }

    /// A copy with its own storage (`CloneBackward0`).
    public func clone() throws -> Tensor {
        let result = try converted(to: dtype)
        if GraphRecorder.shouldRecord([self]) {
            Copies.clone.record(result, inputs: [self], params: ())
        }
        return result
    }

    /// A copy converted to `target` (`ToCopyBackward0`); the same tensor when already that dtype.
    public func to(_ target: DType) throws -> Tensor {
        if target == dtype { return self }
        let result = try converted(to: target)
        if target.isFloatingPoint && GraphRecorder.shouldRecord([self]) {
            Copies.toCopy.record(result, inputs: [self], params: dtype)
        }
        return result
    }
}

/// Shape arithmetic for `view` and `reshape`.
enum ShapeInference {
    /// Resolves one `-1` and checks the element count.
    static func resolve(_ requested: [Int], numel: Int) throws -> [Int] {
        var known = 1
        var inferred: Int?
        for (i, size) in requested.enumerated() {
            if size == -1 {
                if inferred != nil { throw TorchError.runtime("only one dimension can be inferred") }
                inferred = i
            } else if size < 0 {
                throw TorchError.runtime(
                    "invalid shape dimension \(size) at index \(i) of shape \(ShapeText.bracketed(requested))")
            } else {
                let (product, overflow) = known.multipliedReportingOverflow(by: size)
                known = overflow ? Int.max : product
            }
        }
        var out = requested
        if let i = inferred {
            guard known != 0, numel % known == 0 else {
                throw TorchError.runtime("shape '\(ShapeText.bracketed(requested))' is invalid for input of size \(numel)")
            }
            out[i] = numel / known
        } else if known != numel {
            throw TorchError.runtime("shape '\(ShapeText.bracketed(requested))' is invalid for input of size \(numel)")
        }
        try checkElementCount(out)
        return out
    }

    /// c10's checked `numel`: a shape whose running product overflows anywhere (even one ending in a
    /// 0) is refused, so no tensor ever has an element count that does not fit in an `Int`.
    static func checkElementCount(_ shape: [Int]) throws {
        var total = 1
        for size in shape {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            if overflow { throw TorchError.runtime("numel: integer multiplication overflow") }
            total = product
        }
    }

    /// Strides for viewing a layout as `target`, or nil when a copy is needed (ATen's `computeStride`).
    static func viewStrides(shape: [Int], strides: [Int], target: [Int]) -> [Int]? {
        let numel = shape.reduce(1, *)
        if numel == 0 || shape.isEmpty { return Tensor.contiguousStrides(target) }
        var newStrides = [Int](repeating: 0, count: target.count)
        var viewD = target.count - 1
        var chunkBase = strides.last ?? 1
        var tensorNumel = 1
        var viewNumel = 1
        for tensorD in stride(from: shape.count - 1, through: 0, by: -1) {
            tensorNumel *= shape[tensorD]
            let boundary = tensorD == 0 || (shape[tensorD - 1] != 1 && strides[tensorD - 1] != tensorNumel * chunkBase)
            if boundary {
                while viewD >= 0 && (viewNumel < tensorNumel || target[viewD] == 1) {
                    newStrides[viewD] = viewNumel * chunkBase
                    viewNumel *= target[viewD]
                    viewD -= 1
                }
                if viewNumel != tensorNumel { return nil }
                if tensorD > 0 {
                    chunkBase = strides[tensorD - 1]
                    tensorNumel = 1
                    viewNumel = 1
                }
            }
        }
        return viewD == -1 ? newStrides : nil
    }
}
