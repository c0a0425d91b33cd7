/// Help for `count_nonzero`, `movedim`/`moveaxis`, `diff`, `Tensor.addmm` and `torch.meshgrid`
/// (`trace`, `masked_select` and `take` are rows, documented from the rows).
extension HelpEntries {
    private static let selectionMethods: [(String, String, String)] = [
        ("count_nonzero", "(dim=None)", "The number of non-zero elements (NaN counts), over everything or along dim; int64."),
        (
            "movedim", "(source, destination)",
            "A view with the dims in source moved to the positions in destination (ints or tuples);\nthe other dims keep their order. PermuteBackward0."
        ),
        ("moveaxis", "(source, destination)", "The same as movedim."),
        (
            "diff", "(n=1, dim=-1, prepend=None, append=None)",
            "The n-th forward difference along dim (x[i+1] - x[i], xor for bools), after\nconcatenating prepend and append along dim."
        ),
    ]

    static let selection: [String: String] = {
        var methods: [String: String] = [:]
        for (name, arguments, summary) in selectionMethods {
            methods["Tensor." + name] = "Tensor.\(name)\(arguments) -> Tensor\n\n\(summary)"
        }
        var table = methods
        table.merge(functions(mirroring: selectionMethods.map(\.0), in: methods)) { a, _ in a }
        table["Tensor.addmm"] =
            "Tensor.addmm(mat1, mat2, *, beta=1, alpha=1) -> Tensor\n\nbeta * self + alpha * (mat1 @ mat2) (see torch.addmm)."
        table["torch.meshgrid"] = """
            torch.meshgrid(*tensors, indexing=None) -> tuple of Tensors

            Coordinate grids from 0-d or 1-d tensors: output i varies along dim i ('ij', the default,
            with PyTorch's warning when indexing is not given) or with the first two swapped ('xy').
            """
        return table
    }()
}
