/// Help for views, reshapes, joins, dtype conversions and in-place writes.
extension HelpEntries {
    static let shape: [String: String] = shapeMethods.merging(
        functions(mirroring: ["reshape", "flatten", "squeeze", "unsqueeze", "clone"], in: shapeMethods)
    ) { first, _ in first }.merging(joins) { first, _ in first }

    private static let shapeMethods: [String: String] = [
        "Tensor.view": """
        Tensor.view(*shape) -> Tensor

        The same data seen with a new shape (one size may be -1 to infer it); shares
        memory, so the tensor must be contiguous enough. Records ViewBackward0.
        Example: x.view(2, -1)
        """,
        "Tensor.view_as": """
        Tensor.view_as(other) -> Tensor

        view() with other's shape. Records ViewBackward0.
        """,
        "Tensor.reshape": """
        Tensor.reshape(*shape) -> Tensor

        The elements in a new shape (-1 infers one size): a view when possible,
        otherwise a copy. Records ViewBackward0 (or a copy's UnsafeViewBackward0).
        """,
        "Tensor.reshape_as": """
        Tensor.reshape_as(other) -> Tensor

        reshape() with other's shape.
        """,
        "Tensor.expand": """
        Tensor.expand(*sizes) -> Tensor

        A view repeating size-1 dimensions to the given sizes without copying
        (-1 keeps a size). Records ExpandBackward0, which sums the gradient back.
        """,
        "Tensor.expand_as": """
        Tensor.expand_as(other) -> Tensor

        expand() to other's shape. Records ExpandBackward0.
        """,
        "Tensor.flatten": """
        Tensor.flatten(start_dim=0, end_dim=-1) -> Tensor

        Merges dimensions start_dim..end_dim into one (all of them by default).
        """,
        "Tensor.squeeze": """
        Tensor.squeeze(dim=None) -> Tensor

        Removes dimensions of size 1: all of them, or only dim (an int or a tuple).
        Records SqueezeBackward0 (all), SqueezeBackward1 (an int) or SqueezeBackward2 (a tuple).
        """,
        "Tensor.unsqueeze": """
        Tensor.unsqueeze(dim) -> Tensor

        Inserts a dimension of size 1 at dim. Records UnsqueezeBackward0.
        Example: x.unsqueeze(0)  # shape (3,) -> (1, 3)
        """,
        "Tensor.contiguous": """
        Tensor.contiguous() -> Tensor

        This tensor if its elements are laid out in row-major order, else a copy that is.
        """,
        "Tensor.is_contiguous": """
        Tensor.is_contiguous() -> bool

        True if the elements are laid out in row-major order with no gaps.
        """,
        "Tensor.clone": """
        Tensor.clone() -> Tensor

        A copy with its own memory that stays in the graph. Records CloneBackward0.
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
        "Tensor.to": """
        Tensor.to(dtype) or Tensor.to(other) or Tensor.to(device, dtype=None) -> Tensor

        A copy converted to dtype (or other's dtype); this tensor itself if nothing
        changes. Devices other than 'cpu' are ignored. Records ToCopyBackward0.
        """,
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
        "Tensor.add_": """
        Tensor.add_(other, alpha=1) -> Tensor

        Adds alpha * other into this tensor in place and returns it.
        Example: w.add_(w.grad, alpha=-0.1) inside torch.no_grad()
        """,
        "Tensor.sub_": """
        Tensor.sub_(other, alpha=1) -> Tensor

        Subtracts alpha * other from this tensor in place and returns it.
        Example: w.sub_(lr * w.grad) inside torch.no_grad()
        """,
        "Tensor.mul_": """
        Tensor.mul_(other) -> Tensor

        Multiplies this tensor by other in place and returns it.
        """,
        "Tensor.div_": """
        Tensor.div_(other) -> Tensor

        Divides this tensor by other in place and returns it.
        """,
        "Tensor.zero_": """
        Tensor.zero_() -> Tensor

        Sets every element to 0 in place. Example: w.grad.zero_()
        """,
        "Tensor.fill_": """
        Tensor.fill_(value) -> Tensor

        Sets every element to value (a number or a one-element tensor) in place.
        """,
        "Tensor.copy_": """
        Tensor.copy_(src, non_blocking=False) -> Tensor

        Copies src's values (broadcast to this shape) into this tensor in place.
        """,
        "Tensor.masked_fill_": """
        Tensor.masked_fill_(mask, value) -> Tensor

        Sets the elements where the bool mask is True to value, in place.
        Records MaskedFillBackward0.
        """,
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
