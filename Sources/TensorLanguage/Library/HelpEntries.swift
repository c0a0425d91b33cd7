/// One entry per supported name: the signature line, a blank line, then what it does.
enum HelpEntries {
    static let all: [String: String] = [
        "torch.ones": """
        torch.ones(*size, dtype=None, requires_grad=False) -> Tensor

        A tensor of the given size filled with 1 (float32 unless dtype says otherwise).
        Example: torch.ones(2, 2, requires_grad=True)
        """,
        "torch.zeros": """
        torch.zeros(*size, dtype=None, requires_grad=False) -> Tensor

        A tensor of the given size filled with 0.
        """,
        "torch.rand": """
        torch.rand(*size, dtype=None, requires_grad=False) -> Tensor

        Uniform random numbers on [0, 1), the same draws as PyTorch's CPU generator.
        """,
        "torch.randn": """
        torch.randn(*size, dtype=None, requires_grad=False) -> Tensor

        Standard normal random numbers, the same draws as PyTorch's CPU generator.
        """,
        "torch.tensor": """
        torch.tensor(data, dtype=None, requires_grad=False) -> Tensor

        A tensor copied from nested lists of numbers; the dtype is inferred
        (float32 for floats, int64 for ints, bool for bools).
        """,
        "torch.manual_seed": """
        torch.manual_seed(seed) -> Generator

        Seeds the default random generator, so later draws repeat PyTorch's exactly.
        """,
        "torch.no_grad": """
        torch.no_grad()

        Context manager: operations inside `with torch.no_grad():` record no graph.
        """,
        "Tensor.backward": """
        Tensor.backward(gradient=None, retain_graph=None, create_graph=False)

        Computes the gradient of this tensor with respect to the graph's leaves and
        accumulates it into their .grad. A non-scalar tensor needs `gradient`.
        """,
        "Tensor.sum": """
        Tensor.sum(dim=None, keepdim=False) -> Tensor

        The sum of all elements, or along `dim` (SumBackward0 / SumBackward1).
        """,
        "Tensor.mean": """
        Tensor.mean(dim=None, keepdim=False) -> Tensor

        The mean of all elements, or along `dim` (MeanBackward0 / MeanBackward1).
        """,
        "Tensor.retain_grad": """
        Tensor.retain_grad()

        Keep this non-leaf tensor's gradient in .grad during backward.
        """,
    ]
}
