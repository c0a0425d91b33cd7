/// Help for matrix products and transposes.
extension HelpEntries {
    static let linalg: [String: String] = linalgMethods.merging(
        functions(mirroring: ["matmul", "mm", "mv", "dot", "bmm", "t", "transpose", "swapaxes", "swapdims"], in: linalgMethods)
    ) { first, _ in first }.merging(["torch.permute": torchPermute]) { first, _ in first }

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
        "Tensor.mm": """
        Tensor.mm(mat2) -> Tensor

        The product of two 2-d matrices, (n×m)·(m×p) -> (n×p); no broadcasting.
        Records MmBackward0.
        """,
        "Tensor.mv": """
        Tensor.mv(vec) -> Tensor

        The product of a 2-d matrix (n×m) and a 1-d vector (m) -> (n). Records MvBackward0.
        """,
        "Tensor.dot": """
        Tensor.dot(tensor) -> Tensor

        The dot product of two 1-d tensors of the same length, a 0-d tensor.
        Records DotBackward0.
        """,
        "Tensor.bmm": """
        Tensor.bmm(mat2) -> Tensor

        A batch of matrix products, (b×n×m)·(b×m×p) -> (b×n×p). Records BmmBackward0.
        """,
        "Tensor.t": """
        Tensor.t() -> Tensor

        The transpose of a matrix (at most 2-d; 0-d and 1-d come back unchanged).
        Records TBackward0.
        """,
        "Tensor.transpose": """
        Tensor.transpose(dim0, dim1) -> Tensor

        A view with dimensions dim0 and dim1 swapped. Records TransposeBackward0.
        """,
        "Tensor.swapaxes": """
        Tensor.swapaxes(axis0, axis1) -> Tensor

        Alias of transpose: a view with two dimensions swapped.
        """,
        "Tensor.swapdims": """
        Tensor.swapdims(dim0, dim1) -> Tensor

        Alias of transpose: a view with two dimensions swapped.
        """,
        "Tensor.permute": """
        Tensor.permute(*dims) -> Tensor

        A view with the dimensions reordered, e.g. x.permute(2, 0, 1).
        Records PermuteBackward0.
        """,
    ]
}
