extension Tensor {
    /// `repeat(*sizes)`: the tensor tiled `sizes[i]` times along each dimension, leading sizes adding
    /// new dimensions (`RepeatBackward0`). A copy, as PyTorch's.
    public func repeated(_ repeats: [Int]) throws -> Tensor {
        guard repeats.count >= dim else {
            throw TorchError.runtime(
                "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        let padded = [Int](repeating: 1, count: repeats.count - dim) + shape
        var target = [Int]()
        for (size, count) in zip(padded, repeats) {
            let (product, overflow) = size.multipliedReportingOverflow(by: count)
            target.append(overflow ? Int.max : product)
        }
        try Tensor.checkShape(target, dtype: dtype)
        let result = try GradMode.with(false) {
            var interleaved = [Int]()
            var x = try reshape(padded)
            for (i, (size, count)) in zip(padded, repeats).enumerated() {
                x = try x.unsqueeze(2 * i)
                interleaved += [count, size]
            }
            return try x.expand(interleaved).contiguous().view(target)
        }
        if GraphRecorder.shouldRecord([self]) {
            Rearrange.repeatRow.record(result, inputs: [self], params: (shape, repeats))
        }
        return result
    }
}

extension Rearrange {
    static let repeatSignature = PythonSignature(
        "repeat", "Tensor.repeat(*repeats) -> Tensor",
        "The tensor tiled repeats[i] times along each dimension (a copy); extra leading repeats add\ndimensions. torch.tile pads repeats with ones on the left first."
    )

    /// `Params`: the input's shape and the repeats. ATen's `repeat_backward`: sum the new leading
    /// dimensions away one by one, then view each repeated dimension as `[repeat, size]` and sum
    /// the repeat axes together.
    static let repeatRow = OpRow<(shape: [Int], repeats: [Int])>(
        "RepeatBackward0", python: repeatSignature,
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].repeated([2, 1, 3]) }
    ) { grad, _, p in
        if p.repeats.contains(0) { return [try Tensor(zeros: p.shape, dtype: grad.dtype)] }
        var g = grad
        for _ in 0..<(p.repeats.count - p.shape.count) { g = try g.sum(dims: [0], keepDim: false) }
        let lead = p.repeats.count - p.shape.count
        var (viewShape, summed) = ([Int](), [Int]())
        for (d, size) in p.shape.enumerated() {
            if p.repeats[d + lead] != 1 {
                viewShape.append(p.repeats[d + lead])
                summed.append(viewShape.count - 1)
            }
            viewShape.append(size)
        }
        guard !summed.isEmpty else { return [g] }
        return [try g.reshape(viewShape).sum(dims: summed, keepDim: false)]
    }
}
