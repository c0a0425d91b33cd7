/// `embedding` (`EmbeddingBackward0`), `one_hot` and constant `pad` (`ConstantPadNdBackward0`).
extension Tensor {
    /// `F.embedding(input, weight, padding_idx)`: the rows of `weight` at `indices`; the gradient
    /// adds each row's incoming gradients, skipping `paddingIndex`, divided by the row's count
    /// when `scaleByFrequency`.
    public static func embedding(_ indices: Tensor, _ weight: Tensor, paddingIndex: Int = -1, scaleByFrequency: Bool = false)
        throws -> Tensor
    {
        guard weight.dim == 2 else { throw TorchError.runtime("'weight' must be 2-D") }
        guard indices.dtype == .int64 || indices.dtype == .int32 else {
            throw TorchError.runtime(
                "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got \(indices.dtype.legacyTypeName) instead (while checking arguments for embedding)"
            )
        }
        let rows = try Embedding.rows(indices, count: weight.shape[0])
        let result = try GradMode.with(false) {
            try weight.index([Tensor.from(rows.map { .int(Int64($0)) }, shape: [rows.count], dtype: .int64)])
                .reshape(indices.shape + [weight.shape[1]])
        }
        guard GraphRecorder.shouldRecord([weight]) else { return result }
        let params = Embedding.Params(
            indices: rows, weights: weight.shape[0], paddingIndex: paddingIndex, scaleByFrequency: scaleByFrequency)
        Embedding.forwardRow.record(result, inputs: [weight], saving: [indices], params: params)
        return result
    }

    /// `F.one_hot(tensor, num_classes=-1)`: an int64 tensor with one more dimension.
    public static func oneHot(_ labels: Tensor, classes requested: Int) throws -> Tensor {
        guard labels.dtype == .int64 else {
            throw TorchError.runtime("one_hot is only applicable to index tensor of type LongTensor.")
        }
        let values = try labels.checkedScalars().map { Int64(scalar: $0) }
        var classes = requested
        if classes == -1 {
            guard let largest = values.max() else {
                throw TorchError.runtime("Can not infer total number of classes from empty tensor.")
            }
            classes = Int(largest) + 1
        }
        if values.contains(where: { $0 < 0 }) { throw TorchError.runtime("Class values must be non-negative.") }
        if values.contains(where: { $0 >= Int64(classes) }) {
            throw TorchError.runtime("Class values must be smaller than num_classes.")
        }
        var flat = [Scalar](repeating: .int(0), count: values.count * classes)
        for (i, v) in values.enumerated() { flat[i * classes + Int(v)] = .int(1) }
        return try Tensor.from(flat, shape: labels.shape + [classes], dtype: .int64)
    }

    /// `F.pad(input, pad, mode='constant', value=0)`: `pad` holds (before, after) pairs from the
    /// last dimension backwards; negative amounts crop.
    public static func constantPad(_ input: Tensor, _ pad: [Int], value: Scalar) throws -> Tensor {
        guard pad.count % 2 == 0 else { throw TorchError.runtime("Padding length must be divisible by 2") }
        guard pad.count / 2 <= input.dim else {
            throw TorchError.runtime(
                "Padding length should be less than or equal to two times the input dimension but got padding length \(pad.count) and input of dimension \(input.dim)"
            )
        }
        let result = try Embedding.pad(input, pad, value: value)
        guard GraphRecorder.shouldRecord([input]) else { return result }
        Embedding.padRow.record(result, inputs: [input], params: pad)
        return result
    }
}

enum Embedding {
    struct Params {
        let indices: [Int]
        let weights: Int
        let paddingIndex: Int
        let scaleByFrequency: Bool
        /// The incoming gradient's shape (`indices.shape + [width]`), for the double backward.
        var gradShape: [Int] = []
    }

    static func rows(_ indices: Tensor, count: Int) throws -> [Int] {
        try indices.checkedScalars().map { s in
            let i = Int64(scalar: s)
            guard i >= 0 && i < Int64(count) else { throw TorchError(.indexError, "index out of range in self") }
            return Int(i)
        }
    }

    /// `embedding_dense_backward`: each row's gradients summed in index order.
    static func denseBackward(_ grad: Tensor, _ p: Params) throws -> Tensor {
        let width = grad.shape.last ?? 0
        let g = try grad.contiguousData().reshape([p.indices.count, width]).checkedDoubles()
        var counts = [Int](repeating: 0, count: p.weights)
        for i in p.indices { counts[i] += 1 }
        var sums = [Double](repeating: 0, count: p.weights * width)
        for (k, row) in p.indices.enumerated() where row != p.paddingIndex {
            let scale = p.scaleByFrequency ? 1 / Double(counts[row]) : 1
            for j in 0..<width { sums[row * width + j] += g[k * width + j] * scale }
        }
        let result = try Tensor.from(sums.map { .float($0) }, shape: [p.weights, width], dtype: grad.dtype)
        guard GraphRecorder.shouldRecord([grad]) else { return result }
        var params = p
        params.gradShape = grad.shape
        backwardRow.record(result, inputs: [grad], params: params)
        return result
    }

    static func pad(_ input: Tensor, _ pad: [Int], value: Scalar) throws -> Tensor {
        var shape = input.shape
        var source = try GradMode.with(false) { input.aliasView() }
        var offsets = [Int](repeating: 0, count: input.dim)
        for k in 0..<(pad.count / 2) {
            let d = input.dim - 1 - k
            let (before, after) = (pad[2 * k], pad[2 * k + 1])
            shape[d] = input.shape[d] + before + after
            guard shape[d] >= 0 else { throw TorchError.runtime("narrow(): length must be non-negative.") }
            let start = Swift.max(-before, 0)
            let stop = input.shape[d] - Swift.max(-after, 0)
            source = try GradMode.with(false) { try source.slice(d, start: start, stop: Swift.max(stop, start), step: 1) }
            offsets[d] = Swift.max(before, 0)
        }
        let out = try Tensor.full(shape, value, dtype: input.dtype)
        var target = out.aliasView()
        for d in 0..<input.dim where source.shape[d] != shape[d] {
            target = try target.slice(d, start: offsets[d], stop: offsets[d] + source.shape[d], step: 1)
        }
        try GradMode.with(false) { try target.copyInPlace(from: source) }
        return out
    }
}

extension Embedding {
    static let forwardRow = OpRow<Params>(
        "EmbeddingBackward0",
        python: PythonSignature(
            "embedding",
            "torch.nn.functional.embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False) -> Tensor",
            "The rows of weight picked by the int64 indices in input; the row padding_idx gets\nno gradient."),
        saves: [.indices],
        probe: GradientProbe(shapes: [[4, 3]]) {
            try Tensor.embedding(Tensor.from([.int(1), .int(3), .int(1)], shape: [3], dtype: .int64), $0[0])
        }
    ) { grad, saved, p in
        // PyTorch's node saves the indices (`_saved_indices`), so a second backward raises.
        let rows = try rows(saved(.indices), count: p.weights)
        let params = Params(
            indices: rows, weights: p.weights, paddingIndex: p.paddingIndex, scaleByFrequency: p.scaleByFrequency)
        return [try denseBackward(grad, params)]
    }

    /// `embedding_dense_backward(grad, indices, …)`: linear in the gradient.
    static let backwardRow = OpRow<Params>(
        "EmbeddingDenseBackwardBackward0", python: nil,
        probe: GradientProbe(shapes: [[3, 2]]) {
            try denseBackward($0[0], Params(indices: [2, 0, 2], weights: 4, paddingIndex: 0, scaleByFrequency: false))
        }
    ) { gg, _, p in
        let picked = try gg.index([Tensor.from(p.indices.map { .int(Int64($0)) }, shape: [p.indices.count], dtype: .int64)])
        let keep = p.indices.map { Scalar.float($0 == p.paddingIndex ? 0 : 1) }
        return [try (picked * Tensor.from(keep, shape: [p.indices.count, 1], dtype: gg.dtype)).reshape(p.gradShape)]
    }

    /// `constant_pad_nd`'s derivative is the same padding negated.
    static let padRow = OpRow<[Int]>(
        "ConstantPadNdBackward0",
        python: PythonSignature(
            "pad", "torch.nn.functional.pad(input, pad, mode='constant', value=None) -> Tensor",
            "Pads (or, with negative amounts, crops) the last dimensions: pad = (left, right,\ntop, bottom, …) from the last dimension backwards. Only mode='constant'."
        ),
        probe: GradientProbe(shapes: [[2, 3]]) { try Tensor.constantPad($0[0], [1, -1, 0, 2], value: .float(0.5)) }
    ) { grad, _, pad in [try Tensor.constantPad(grad, pad.map { -$0 }, value: .int(0))] }

    static let rows: [AnyOpRow] = [forwardRow, backwardRow, padRow]
}
