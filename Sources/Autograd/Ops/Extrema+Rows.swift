/// The rows of `max`, `min`, `amax` and `amin`.
extension Extrema {
    static let maxSignature = PythonSignature(
        "max", "Tensor.max(dim=None, keepdim=False) -> Tensor or (values, indices)",
        "With no dim, the largest element. With dim, a named tuple of the largest\nvalues along dim and their indices. Given a tensor instead, the same as\nmaximum(other)."
    )

    static let minSignature = PythonSignature(
        "min", "Tensor.min(dim=None, keepdim=False) -> Tensor or (values, indices)",
        "With no dim, the smallest element. With dim, a named tuple of the smallest\nvalues along dim and their indices. Given a tensor instead, the same as\nminimum(other)."
    )

    static let maxAll = OpRow<Void>(
        "MaxBackward1", python: maxSignature, overload: "no dim", saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].largest() }, derivative: evenly)

    static let minAll = OpRow<Void>(
        "MinBackward1", python: minSignature, overload: "no dim", saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].smallest() }, derivative: evenly)

    static let maxDim = OpRow<ReductionParams>(
        "MaxBackward0", python: maxSignature, overload: "with dim", saves: [.indices],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].largest(along: 1, keepDim: false).values },
        derivative: selected)

    static let minDim = OpRow<ReductionParams>(
        "MinBackward0", python: minSignature, overload: "with dim", saves: [.indices],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].smallest(along: 1, keepDim: true).values },
        derivative: selected)

    static let amax = OpRow<ReductionParams>(
        "AmaxBackward0",
        python: PythonSignature(
            "amax", "Tensor.amax(dim=None, keepdim=False) -> Tensor",
            "The largest values along dim (an int or tuple; all dims if None), without\nindices. Ties share the gradient evenly."
        ), saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].amax(dims: [1], keepDim: false) },
        derivative: sharedAmongTies)

    static let amin = OpRow<ReductionParams>(
        "AminBackward0",
        python: PythonSignature(
            "amin", "Tensor.amin(dim=None, keepdim=False) -> Tensor",
            "The smallest values along dim (an int or tuple; all dims if None), without\nindices. Ties share the gradient evenly."
        ), saves: [.input, .result],
        probe: GradientProbe(shapes: [[2, 3]], smooth: false) { try $0[0].amin(dims: nil, keepDim: false) },
        derivative: sharedAmongTies)

    static let rows: [AnyOpRow] = [maxAll, maxDim, minAll, minDim, amax, amin]

    /// `max()`/`min()`: the gradient split evenly among the elements equal to the result.
    private static func evenly(_ grad: Tensor, _ saved: RowSaved, _: Void) throws -> [Tensor?] {
        [try evenlyDistribute(grad, input: saved.input(), value: saved.result())]
    }

    /// `max(dim)`/`min(dim)`: the gradient goes to the chosen index of each lane.
    private static func selected(_ grad: Tensor, _ saved: RowSaved, _ p: ReductionParams) throws -> [Tensor?] {
        let at = p.dims.first ?? 0
        let mask = try selectionMask(shape: p.shape, dim: at, indices: saved(.indices))
        let spread = try Reduction.restore(grad, dims: [at], keepDim: p.keepDim || p.shape.isEmpty, rank: p.shape.count)
        return [try Tensor.where(mask, spread, .wrapping(.int(0)))]
    }

    /// `amax`/`amin`: ties share the gradient evenly.
    private static func sharedAmongTies(_ grad: Tensor, _ saved: RowSaved, _ p: ReductionParams) throws -> [Tensor?] {
        let value = try Reduction.restore(saved.result(), dims: p.dims, keepDim: p.keepDim, rank: p.shape.count)
        let mask = try Comparison.equal.compute(value, saved.input())
        let count = try mask.sum(dims: p.dims, keepDim: true)
        let spread = try Reduction.restore(grad, dims: p.dims, keepDim: p.keepDim, rank: p.shape.count)
        return [try spread / count * mask]
    }
}
