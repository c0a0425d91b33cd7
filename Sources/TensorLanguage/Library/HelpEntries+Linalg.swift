/// Help for matrix products and transposes.
extension HelpEntries {
    static let linalg: [String: String] = linalgMethods.merging(
        functions(mirroring: ["matmul", "swapaxes", "swapdims"], in: linalgMethods)
    ) { first, _ in first }.merging(["torch.permute": torchPermute]) { first, _ in first }
        .merging(norms) { first, _ in first }

    /// `torch.linalg`'s norms (`Tensor.norm` / `torch.norm` come from the op row) and `F.normalize`.
    private static let norms: [String: String] = [
        "torch.linalg.vector_norm": """
        torch.linalg.vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None) -> Tensor

        (sum |x|**ord) ** (1 / ord) over dim (all elements by default); ord may be any number,
        inf (max |x|), -inf (min |x|) or 0 (the count of non-zeros). Records
        LinalgVectorNormBackward0.
        """,
        "torch.linalg.matrix_norm": """
        torch.linalg.matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None) -> Tensor

        'fro' (the 2-norm of the entries), 1 / -1 (largest / smallest absolute column sum),
        inf / -inf (largest / smallest absolute row sum). 'nuc', 2 and -2 need singular values,
        which Wick does not compute (NotImplementedError).
        """,
        "torch.linalg.norm": """
        torch.linalg.norm(A, ord=None, dim=None, keepdim=False, *, dtype=None) -> Tensor

        Without ord, the 2-norm of all elements (or along dim). With ord: a matrix norm when dim
        has two entries or A is 2-d (linalg.matrix_norm), a vector norm otherwise.
        """,
        "torch.linalg.matmul": """
        torch.linalg.matmul(input, other) -> Tensor

        Alias of torch.matmul.
        """,
        "F.normalize": """
        torch.nn.functional.normalize(input, p=2.0, dim=1, eps=1e-12) -> Tensor

        input / max(‖input‖_p along dim, eps), each slice along dim scaled to unit p-norm.
        Records DivBackward0 over ExpandBackward0 over ClampMinBackward0 over
        LinalgVectorNormBackward0, as PyTorch's Python code builds it.
        """,
    ]

    private static let torchPermute = """
        torch.permute(input, dims) -> Tensor

        A view of input with its dimensions reordered by the tuple dims.
        Records PermuteBackward0.
        """

    private static let linalgMethods: [String: String] = [
        "Tensor.matmul": """
        Tensor.matmul(other) -> Tensor

        The matrix product, the same as `@`: dot for 1-d·1-d, mv for 2-d·1-d, mm for
        2-d·2-d, batched (broadcast) bmm beyond. Records the node of the product it
        uses (MmBackward0, MvBackward0, DotBackward0, BmmBackward0, UnsafeViewBackward0).
        """,
        "Tensor.swapaxes": """
        Tensor.swapaxes(axis0, axis1) -> Tensor

        Alias of transpose: a view with two dimensions swapped.
        """,
        "Tensor.swapdims": """
        Tensor.swapdims(dim0, dim1) -> Tensor

        Alias of transpose: a view with two dimensions swapped.
        """,
    ]
}
