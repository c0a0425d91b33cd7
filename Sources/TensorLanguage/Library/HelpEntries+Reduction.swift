/// Help for reductions, extrema and the softmax family.
extension HelpEntries {
    static let reduction: [String: String] = reductionMethods.merging(
        functions(
            mirroring: [
                "max", "min", "argmax", "argmin", "amax", "amin", "prod", "var", "std",
            ], in: reductionMethods)
    ) { first, _ in first }

    private static let reductionMethods: [String: String] = [
        "Tensor.max": """
        Tensor.max(dim=None, keepdim=False) -> Tensor or (values, indices)

        With no dim, the largest element (MaxBackward1). With dim, a named tuple of
        the largest values along dim and their indices (MaxBackward0).
        Given a tensor instead, the same as maximum(other).
        """,
        "Tensor.min": """
        Tensor.min(dim=None, keepdim=False) -> Tensor or (values, indices)

        With no dim, the smallest element (MinBackward1). With dim, a named tuple of
        the smallest values along dim and their indices (MinBackward0).
        Given a tensor instead, the same as minimum(other).
        """,
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
        "Tensor.amax": """
        Tensor.amax(dim=None, keepdim=False) -> Tensor

        The largest values along dim (an int or tuple; all dims if None), without
        indices. Ties share the gradient evenly. Records AmaxBackward0.
        """,
        "Tensor.amin": """
        Tensor.amin(dim=None, keepdim=False) -> Tensor

        The smallest values along dim (an int or tuple; all dims if None), without
        indices. Ties share the gradient evenly. Records AminBackward0.
        """,
        "Tensor.prod": """
        Tensor.prod(dim=None, keepdim=False, dtype=None) -> Tensor

        The product of all elements, or along one dim.
        Records ProdBackward0 (all) or ProdBackward1 (along dim).
        """,
        "Tensor.var": """
        Tensor.var(dim=None, unbiased=True, keepdim=False, correction=None) -> Tensor

        The variance of all elements or along dim. By default divides by N-1
        (unbiased); correction=0 or unbiased=False divides by N. Records VarBackward0.
        """,
        "Tensor.std": """
        Tensor.std(dim=None, unbiased=True, keepdim=False, correction=None) -> Tensor

        The standard deviation (square root of var), N-1 in the denominator
        by default. Records StdBackward0.
        """,
    ]
}
