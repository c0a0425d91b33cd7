/// Help for views, reshapes, joins, dtype conversions and in-place writes.
extension HelpEntries {
    static let shape: [String: String] = shapeMethods.merging(
        functions(mirroring: ["flatten"], in: shapeMethods)
    ) { first, _ in first }.merging(joins) { first, _ in first }

    private static let shapeMethods: [String: String] = [
        "Tensor.view_as": """
        Tensor.view_as(other) -> Tensor

        view() with other's shape. Records ViewBackward0.
        """,
        "Tensor.reshape_as": """
        Tensor.reshape_as(other) -> Tensor

        reshape() with other's shape.
        """,
        "Tensor.expand_as": """
        Tensor.expand_as(other) -> Tensor

        expand() to other's shape. Records ExpandBackward0.
        """,
        "Tensor.flatten": """
        Tensor.flatten(start_dim=0, end_dim=-1) -> Tensor

        Merges dimensions start_dim..end_dim into one (all of them by default).
        """,
        "Tensor.contiguous": """
        Tensor.contiguous() -> Tensor

        This tensor if its elements are laid out in row-major order, else a copy that is.
        """,
        "Tensor.is_contiguous": """
        Tensor.is_contiguous() -> bool

        True if the elements are laid out in row-major order with no gaps.
        """,
        "Tensor.stride": """
        Tensor.stride(dim=None) -> tuple or int

        How many elements to step in memory to move one index along each dimension.
        Views share memory with different strides (x.t() swaps them).
        """,
        "Tensor.storage_offset": """
        Tensor.storage_offset() -> int

        Where this tensor's first element sits in the memory it shares with its views.
        """,
        "Tensor.element_size": """
        Tensor.element_size() -> int

        Bytes per element: 4 for float32 and int32, 8 for float64 and int64, 1 for bool.
        """,
        "Tensor.nonzero": """
        Tensor.nonzero(as_tuple=False) -> Tensor

        The indices of the non-zero elements, one row per element (int64), or a tuple of
        index tensors per dimension with as_tuple=True.
        """,
        "torch.nonzero": """
        torch.nonzero(input, as_tuple=False) -> Tensor

        The indices of input's non-zero elements (see Tensor.nonzero).
        """,
        "Tensor.equal": """
        Tensor.equal(other) -> bool

        True when both tensors have the same shape and the same values.
        """,
        "torch.equal": """
        torch.equal(input, other) -> bool

        True when both tensors have the same shape and the same values.
        """,
        "Tensor.size": """
        Tensor.size(dim=None) -> torch.Size or int

        The shape as a torch.Size, or the size of one dimension.
        """,
        "Tensor.dim": """
        Tensor.dim() -> int

        The number of dimensions (0 for a scalar tensor).
        """,
        "Tensor.ndimension": """
        Tensor.ndimension() -> int

        Alias of Tensor.dim(): the number of dimensions.
        """,
        "Tensor.numel": """
        Tensor.numel() -> int

        The number of elements (the product of the shape).
        """,
        "Tensor.nelement": """
        Tensor.nelement() -> int

        Alias of Tensor.numel(): the number of elements.
        """,
    ]

    private static let joins: [String: String] = [
        "torch.concat": """
        torch.concat(tensors, dim=0) -> Tensor

        Alias of torch.cat. Records CatBackward0.
        """,
        "torch.concatenate": """
        torch.concatenate(tensors, dim=0) -> Tensor

        Alias of torch.cat. Records CatBackward0.
        """,
    ]

    static let conversion: [String: String] = [
        "Tensor.type": """
        Tensor.type(dtype=None) -> str or Tensor

        With no argument, the legacy type name such as 'torch.FloatTensor';
        with a dtype, the same as to(dtype).
        """,
        "Tensor.float": """
        Tensor.float() -> Tensor

        Converted to float32 (to(torch.float32)).
        """,
        "Tensor.double": """
        Tensor.double() -> Tensor

        Converted to float64 (to(torch.float64)).
        """,
        "Tensor.long": """
        Tensor.long() -> Tensor

        Converted to int64, truncating toward zero.
        """,
        "Tensor.int": """
        Tensor.int() -> Tensor

        Converted to int32, truncating toward zero.
        """,
        "Tensor.bool": """
        Tensor.bool() -> Tensor

        Converted to bool: nonzero elements become True.
        """,
    ]

    static let inPlace: [String: String] = [
        "Tensor.uniform_": """
        Tensor.uniform_(from=0, to=1) -> Tensor

        Fills this tensor in place with uniform random numbers on [from, to).
        """,
        "Tensor.normal_": """
        Tensor.normal_(mean=0, std=1) -> Tensor

        Fills this tensor in place with normal random numbers.
        """,
    ]
}
