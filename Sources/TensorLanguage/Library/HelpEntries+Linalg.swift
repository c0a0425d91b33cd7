/// Help for matrix products and transposes.
extension HelpEntries {
    static let linalg: [String: String] = linalgMethods.merging(
        functions(mirroring: ["matmul", "swapaxes", "swapdims"], in: linalgMethods)
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
