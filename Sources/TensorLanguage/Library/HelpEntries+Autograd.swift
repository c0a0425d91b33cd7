/// Help for autograd entry points and tensor attributes.
extension HelpEntries {
    static let autograd: [String: String] = [
        "torch.autograd.grad": """
        torch.autograd.grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, allow_unused=False)

        Returns the gradients of outputs with respect to inputs as a tuple, without
        touching any .grad. create_graph=True records the backward pass so you can
        differentiate again; allow_unused=True gives None for unreachable inputs.
        """,
        "Tensor.backward": """
        Tensor.backward(gradient=None, retain_graph=None, create_graph=False)

        Computes the gradient of this tensor with respect to the graph's leaves and
        accumulates it into their .grad. A non-scalar tensor needs `gradient`.
        The graph is freed afterwards unless retain_graph=True.
        """,
        "Tensor.retain_grad": """
        Tensor.retain_grad()

        Keep this non-leaf tensor's gradient in .grad during backward.
        """,
        "Tensor.requires_grad_": """
        Tensor.requires_grad_(requires_grad=True) -> Tensor

        Turns gradient tracking on (or off) for this leaf tensor in place and returns it.
        """,
        "Tensor.register_hook": """
        Tensor.register_hook(hook) -> RemovableHandle

        Calls hook(grad) when this tensor's gradient is computed; if the hook returns
        a tensor, that tensor replaces the gradient.
        """,
        "Tensor.detach": """
        Tensor.detach() -> Tensor

        A new tensor sharing this one's data but cut out of the graph
        (requires_grad=False). Gradients do not flow through it.
        """,
        "torch.detach": """
        torch.detach(input) -> Tensor

        A new tensor sharing input's data but cut out of the graph (requires_grad=False).
        """,
        "Tensor.detach_": """
        Tensor.detach_() -> Tensor

        Cuts this tensor out of the graph in place, making it a leaf.
        """,
        "Tensor.item": """
        Tensor.item() -> number

        The value of a one-element tensor as a Python float, int or bool.
        Example: loss.item()
        """,
        "Tensor.tolist": """
        Tensor.tolist() -> list

        The tensor's values as (nested) Python lists; a 0-d tensor gives a number.
        """,
    ]

    static let attributes: [String: String] = [
        "Tensor.shape": """
        Tensor.shape -> torch.Size

        The size of each dimension, e.g. torch.Size([2, 3]). Same as x.size().
        """,
        "Tensor.grad": """
        Tensor.grad -> Tensor or None

        The gradient accumulated by backward() for a leaf (or retain_grad) tensor;
        None until backward runs. Reset it with x.grad = None or x.grad.zero_().
        """,
        "Tensor.data": """
        Tensor.data -> Tensor

        The same values without the graph; changes through .data are invisible to autograd.
        """,
        "Tensor.grad_fn": """
        Tensor.grad_fn -> Node or None

        The backward node that produced this tensor (e.g. <MulBackward0>); None for leaves.
        """,
        "Tensor.requires_grad": """
        Tensor.requires_grad -> bool

        Whether operations on this tensor are recorded for autograd. Assignable on leaves.
        """,
        "Tensor.is_leaf": """
        Tensor.is_leaf -> bool

        True for tensors you created (or that do not require grad); only leaves get .grad.
        """,
        "Tensor.retains_grad": """
        Tensor.retains_grad -> bool

        True if retain_grad() was called on this non-leaf tensor.
        """,
        "Tensor.dtype": """
        Tensor.dtype -> torch.dtype

        The element type: torch.float32, float64, int64, int32 or bool.
        """,
        "Tensor.ndim": """
        Tensor.ndim -> int

        The number of dimensions. Same as x.dim().
        """,
        "Tensor.device": """
        Tensor.device -> torch.device

        Always device(type='cpu') in Wick.
        """,
        "Tensor.T": """
        Tensor.T -> Tensor

        The tensor with all dimensions reversed (the matrix transpose for 2-d);
        PyTorch warns for other ranks. Records PermuteBackward0.
        """,
        "Tensor.mT": """
        Tensor.mT -> Tensor

        The last two dimensions swapped (a batch of transposed matrices).
        Records TransposeBackward0.
        """,
    ]
}
