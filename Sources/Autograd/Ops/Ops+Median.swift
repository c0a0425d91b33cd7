/// `median()`, `aminmax()` and `unique()`: order statistics of a whole tensor (or of `dim`, for
/// `aminmax`).
extension Tensor {
    /// `median()`: the lower median of all elements, NaN when any is NaN (`MedianBackward0`, whose
    /// gradient is shared among the elements equal to it).
    public func median() throws -> Tensor {
        guard dtype != .bool else { throw TorchError.notImplemented("median_cpu", .bool) }
        let result: Tensor
        if numel == 0 {
            result = try Tensor.from([.float(.nan)], shape: [], dtype: dtype)
        } else {
            let flat = try GradMode.with(false) { try reshape([-1]).sorted(dim: 0, descending: false).values }
            let hasNaN = dtype.isFloatingPoint && flat.element(at: numel - 1).doubleValue.isNaN
            let value = hasNaN ? Scalar.float(.nan) : flat.element(at: (numel - 1) / 2)
            result = try Tensor.from([value], shape: [], dtype: dtype)
        }
        if GraphRecorder.shouldRecord([self]) { Ordering.medianRow.record(result, inputs: [self], saving: [self], params: ()) }
        return result
    }

    /// `aminmax(dim=None, keepdim=False)`: `(min, max)` from one node (`AminmaxBackward0`), ties
    /// sharing each gradient evenly as `amin`/`amax` do.
    public func aminmax(dim d: Int?, keepDim: Bool) throws -> (min: Tensor, max: Tensor) {
        let dims = try d.map { [try Reduction.normalize($0, rank: Swift.max(dim, 1))] }
        if let ds = dims, dim > 0, shape[ds[0]] == 0 {
            throw TorchError(.indexError, "aminmax: Expected reduction dim \(ds[0]) to have non-zero size.")
        }
        guard dims != nil || numel > 0 else {
            throw TorchError.runtime(
                "aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.")
        }
        let (low, high) = try GradMode.with(false) {
            (try amin(dims: dims, keepDim: keepDim), try amax(dims: dims, keepDim: keepDim))
        }
        guard GraphRecorder.shouldRecord([self]) else { return (low, high) }
        let reduced = try Reduction.allDims(dims, rank: dim)
        let reference = NodeReference()
        let node = CustomFunctionNode(name: Ordering.aminmaxRow.nodeName, inputs: [self], outputCount: 2) { grads in
            guard let saved = try reference.node?.savedTensors(), saved.count == 3, let input = saved[0] else { return [nil] }
            var total: Tensor?
            for (grad, value) in zip(grads, saved.dropFirst()) {
                guard let grad, let value else { continue }
                let restored = try Reduction.restore(value, dims: reduced, keepDim: keepDim, rank: input.dim)
                let mask = try Comparison.equal.compute(restored, input)
                let count = try mask.sum(dims: reduced, keepDim: true)
                let spread = try Reduction.restore(grad, dims: reduced, keepDim: keepDim, rank: input.dim)
                let part = try spread / count * mask
                total = try total.map { try $0 + part } ?? part
            }
            return [total]
        }
        reference.node = node
        let outputs = try node.attach(
            outputs: [.differentiable(low), .differentiable(high)], inputs: [self], saving: [self, low, high])
        guard let first = outputs[0], let second = outputs[1] else { return (low, high) }
        return (first, second)
    }
}

/// The node a custom node's backward reads its saved tensors from (set once it exists).
final class NodeReference {
    weak var node: CustomFunctionNode?
}

extension Ordering {
    /// `aminmax`'s declaration (name, help, gradient probe). Its node has two outputs, so it is
    /// recorded as a `CustomFunctionNode` whose backward is written in `aminmax` itself; the row's
    /// own single-output derivative is never called.
    static let aminmaxRow = OpRow<Void>(
        "AminmaxBackward0",
        python: PythonSignature(
            "aminmax", "Tensor.aminmax(*, dim=None, keepdim=False) -> (Tensor, Tensor)",
            "The named tuple (min, max) over everything or along dim, from one node; ties share\neach gradient evenly."),
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].aminmax(dim: 1, keepDim: false).min }
    ) { _, _, _ in throw TorchError.runtime("AminmaxBackward0 runs as a two-output node") }

    static let medianRow = OpRow<Void>(
        "MedianBackward0",
        python: PythonSignature(
            "median", "Tensor.median() -> Tensor",
            "The lower median of all elements (NaN if any is NaN); the gradient is shared among\nthe elements equal to it."),
        saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].median() }
    ) { grad, saved, _ in [try Extrema.evenlyDistribute(grad, input: saved.input(), value: saved.result())] }
}
