/// The rows of transposes and permutations (all views).
enum Transposes {
    static let t = OpRow<Void>(
        "TBackward0",
        python: PythonSignature(
            "t", "Tensor.t() -> Tensor", "The transpose of a matrix (at most 2-d; 0-d and 1-d come back unchanged)."),
        probe: GradientProbe(shapes: [[2, 3]]) { try $0[0].t() }
    ) { grad, _, _ in [try grad.t()] }

    /// `Params`: the two (normalised) dimensions swapped.
    static let transpose = OpRow<(Int, Int)>(
        "TransposeBackward0",
        python: PythonSignature(
            "transpose", "Tensor.transpose(dim0, dim1) -> Tensor", "A view with dimensions dim0 and dim1 swapped."),
        probe: GradientProbe(shapes: [[2, 3, 4]]) { try $0[0].transpose(0, -1) }
    ) { grad, _, dims in [try grad.transpose(dims.0, dims.1)] }

    /// `Params`: the inverse permutation.
    static let permute = OpRow<[Int]>(
        "PermuteBackward0",
        python: PythonSignature(
            "permute", "Tensor.permute(*dims) -> Tensor", "A view with the dimensions reordered, e.g. x.permute(2, 0, 1)."),
        probe: GradientProbe(shapes: [[2, 3, 4]]) { try $0[0].permute([1, 2, 0]) }
    ) { grad, _, inverse in [try grad.permute(inverse)] }

    static let rows: [AnyOpRow] = [t, transpose, permute]
}

/// The rows of copies that stay in the graph: `clone` and dtype conversions.
enum Copies {
    static let clone = OpRow<Void>(
        "CloneBackward0",
        python: PythonSignature("clone", "Tensor.clone() -> Tensor", "A copy with its own memory that stays in the graph."),
        probe: GradientProbe(shapes: [[3]]) { try $0[0].clone() }
    ) { grad, _, _ in [grad] }

    /// `Params`: the input's dtype, which the gradient is converted back to.
    static let toCopy = OpRow<DType>(
        "ToCopyBackward0",
        python: PythonSignature(
            "to", "Tensor.to(dtype) or Tensor.to(other) or Tensor.to(device, dtype=None) -> Tensor",
            "A copy converted to dtype (or other's dtype); this tensor itself if nothing\nchanges. Devices other than 'cpu' are ignored."
        ),
        probe: GradientProbe(shapes: [[3]], smooth: false) { try $0[0].to(.float32).to(.float64) }
            .rounding(step: 1e-2, tolerance: 1e-3)
    ) { grad, _, source in [try grad.to(source)] }

    static let rows: [AnyOpRow] = [clone, toCopy]
}
