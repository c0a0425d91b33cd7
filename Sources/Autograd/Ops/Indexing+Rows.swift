/// The rows of indexing: `x[i]`, `x[a:b]`, `x[...]`, tensor indices, and the views PyTorch reads
/// as `AsStridedBackward0` after an in-place write.
enum Indexing {
    static let getItem = PythonSignature(
        "__getitem__", "Tensor.__getitem__(indices) -> Tensor",
        "x[indices]: ints select, slices narrow, None and ... add or keep dimensions\n(all views); long or bool tensors gather a copy."
    )

    /// `Params`: the input's shape and dtype, and where the view looked.
    static let select = OpRow<(shape: [Int], dtype: DType, dim: Int, index: Int)>(
        "SelectBackward0", python: getItem, overload: "an int",
        probe: GradientProbe(shapes: [[3, 2]], smooth: false) { try $0[0].select(0, 1) }
    ) { grad, _, p in
        let full = try Tensor(zeros: p.shape, dtype: p.dtype)
        try full.select(p.dim, p.index).copyInPlace(from: grad)
        return [full]
    }

    /// `Params`: the input's shape and dtype, and the clamped range.
    static let slice = OpRow<(shape: [Int], dtype: DType, dim: Int, start: Int, stop: Int, step: Int)>(
        "SliceBackward0", python: getItem, overload: "a slice",
        probe: GradientProbe(shapes: [[5, 2]], smooth: false) { try $0[0].slice(0, start: 1, stop: 5, step: 2) }
    ) { grad, _, p in
        let full = try Tensor(zeros: p.shape, dtype: p.dtype)
        try full.slice(p.dim, start: p.start, stop: p.stop, step: p.step).copyInPlace(from: grad)
        return [full]
    }

    static let alias = OpRow<Void>(
        "AliasBackward0", python: getItem, overload: "...",
        probe: GradientProbe(shapes: [[2, 3]]) { $0[0].aliasView() }
    ) { grad, _, _ in [grad] }

    /// `Params`: which entries of the index list were tensors (the others `None`), the input's shape and dtype.
    struct IndexParams: SavedTensorList {
        let present: [Bool]
        let shape: [Int]
        let dtype: DType
    }

    /// Saves the index tensors, as PyTorch does (`_saved_indices`, a tuple with `None` for the gaps).
    static let index = OpRow<IndexParams>(
        "IndexBackward0", python: getItem, overload: "a tensor", saves: [.indices],
        probe: GradientProbe(shapes: [[3, 2]], smooth: false) {
            try $0[0].index([Tensor.from([.int(0), .int(2), .int(0)], shape: [3], dtype: .int64), nil])
        }
    ) { grad, saved, p in
        var (next, indices) = (0, [Tensor?]())
        for isPresent in p.present {
            indices.append(isPresent ? try saved.context.saved(next) : nil)
            if isPresent { next += 1 }
        }
        let full = try Tensor(zeros: p.shape, dtype: p.dtype)
        try full.indexPutInPlace(indices, grad, accumulate: true)
        return [full]
    }

    /// Internal: a view with arbitrary geometry; `Params` are the input's geometry and the view's.
    static let asStrided = OpRow<(input: Geometry, view: Geometry)>(
        "AsStridedBackward0", python: nil,
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) {
            try $0[0].asStrided(Geometry(shape: [2, 2], strides: [1, 2], offset: 1))
        }
    ) { grad, _, p in [try Tensor.stridedScatter(grad, into: p.input, at: p.view)] }

    static let rows: [AnyOpRow] = [select, slice, alias, index, asStrided] + IndexWrites.rows
}
