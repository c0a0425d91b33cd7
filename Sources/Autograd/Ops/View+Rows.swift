/// The rows of views and reshapes: `expand`, `view`, `reshape`, `unsqueeze`, `squeeze`, and the
/// `_unsafe_view` / `squeeze_` steps that `matmul` records. Each `Params` is the input's shape
/// (or the dimension) that backward needs to undo the view.
enum Views {
    static let expand = OpRow<[Int]>(
        "ExpandBackward0",
        python: PythonSignature(
            "expand", "Tensor.expand(*sizes) -> Tensor",
            "A view repeating size-1 dimensions to the given sizes without copying\n(-1 keeps a size); backward sums the gradient back."
        ),
        probe: GradientProbe(shapes: [[3, 1]]) { try $0[0].expand([3, 4]) }
    ) { grad, _, shape in [try grad.reduced(toShape: shape, dtype: grad.dtype)] }

    static let view = reshapingBack(
        "ViewBackward0",
        python: PythonSignature(
            "view", "Tensor.view(*shape) -> Tensor",
            "The same data seen with a new shape (one size may be -1 to infer it); shares\nmemory, so the tensor must be contiguous enough. Example: x.view(2, -1)"
        ),
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].view([3, 2]) })

    static let reshapeSignature = PythonSignature(
        "reshape", "Tensor.reshape(*shape) -> Tensor",
        "The elements in a new shape (-1 infers one size): a view when possible,\notherwise a copy. A contiguous tensor records view()'s ViewBackward0."
    )

    static let reshapeAlias = reshapingBack(
        "ReshapeAliasBackward0", python: reshapeSignature, overload: "a strided view",
        probe: GradientProbe(shapes: [[3, 2]]) { try $0[0].t().unsqueeze(0).reshape([2, 3]) }
    )

    /// ATen's `_unsafe_view`: a copy's memory under a new shape, recorded by `reshape` and `matmul`.
    static let unsafeView = reshapingBack(
        "UnsafeViewBackward0", python: reshapeSignature, overload: "a copy",
        probe: GradientProbe(shapes: [[3, 2]]) { try $0[0].t().reshape([6]) }
    )

    static let unsqueeze = OpRow<Int>(
        "UnsqueezeBackward0",
        python: PythonSignature(
            "unsqueeze", "Tensor.unsqueeze(dim) -> Tensor",
            "Inserts a dimension of size 1 at dim.\nExample: x.unsqueeze(0)  # shape (3,) -> (1, 3)"),
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].unsqueeze(1) }
    ) { grad, _, dim in [try grad.squeeze(dim)] }

    static let squeezeSignature = PythonSignature(
        "squeeze", "Tensor.squeeze(dim=None) -> Tensor",
        "Removes dimensions of size 1: all of them, or only dim (an int or a tuple).")

    static let squeezeAll = reshapingBack(
        "SqueezeBackward0", python: squeezeSignature, overload: "all",
        probe: GradientProbe(shapes: [[2, 1, 3]]) { try $0[0].squeeze() }
    )

    static let squeezeDim = reshapingBack(
        "SqueezeBackward1", python: squeezeSignature, overload: "an int",
        probe: GradientProbe(shapes: [[2, 1, 3]]) { try $0[0].squeeze(1) }
    )

    static let squeezeDims = reshapingBack(
        "SqueezeBackward2", python: squeezeSignature, overload: "a tuple",
        probe: GradientProbe(shapes: [[2, 1, 3]]) { try $0[0].squeeze(dims: [1, 2]) }
    )

    /// ATen's `squeeze_(dim)` on `matmul`'s fresh result (1-d·2-d); Python code never calls it.
    static let squeezeInPlace = OpRow<Int>(
        "SqueezeBackward4", python: nil,
        probe: GradientProbe(shapes: [[3], [3, 2]]) { try $0[0].matmul($0[1]) }
    ) { grad, _, dim in [try grad.unsqueeze(dim)] }

    static let rows: [AnyOpRow] = [
        expand, view, reshapeAlias, unsafeView, unsqueeze, squeezeAll, squeezeDim, squeezeDims, squeezeInPlace,
    ]

    /// A view's row whose backward reshapes the gradient back to the input's shape (`Params`).
    private static func reshapingBack(
        _ nodeName: String, python: PythonSignature, overload: String? = nil, probe: GradientProbe
    ) -> OpRow<[Int]> {
        OpRow(nodeName, python: python, overload: overload, probe: probe) { grad, _, shape in [try grad.reshape(shape)] }
    }
}
