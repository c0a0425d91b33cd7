/// Help for reductions, extrema and the softmax family.
extension HelpEntries {
    static let reduction: [String: String] = reductionMethods.merging(
        functions(
            mirroring: [
                "argmax", "argmin",
            ], in: reductionMethods)
    ) { first, _ in first }

    private static let reductionMethods: [String: String] = [
        "Tensor.argmax": """
        Tensor.argmax(dim=None, keepdim=False) -> Tensor

        The index of the largest element (of the flattened tensor if dim is None)
        as int64; the first one on ties. Not differentiable.
        """,
        "Tensor.argmin": """
        Tensor.argmin(dim=None, keepdim=False) -> Tensor

        The index of the smallest element (of the flattened tensor if dim is None)
        as int64; the first one on ties. Not differentiable.
        """,
    ]
}
