/// Help for tensor creation, random numbers and grad-mode switches.
extension HelpEntries {
    static let creation: [String: String] = [
        "torch.tensor": """
        torch.tensor(data, dtype=None, device=None, requires_grad=False) -> Tensor

        A tensor copied from nested lists of numbers; the dtype is inferred
        (float32 for floats, int64 for ints, bool for bools).
        Example: torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
        """,
        "torch.ones": """
        torch.ones(*size, dtype=None, requires_grad=False) -> Tensor

        A tensor of the given size filled with 1 (float32 unless dtype says otherwise).
        Example: torch.ones(2, 2, requires_grad=True)
        """,
        "torch.zeros": """
        torch.zeros(*size, dtype=None, requires_grad=False) -> Tensor

        A tensor of the given size filled with 0 (float32 unless dtype says otherwise).
        Example: torch.zeros((3, 4))
        """,
        "torch.empty": """
        torch.empty(*size, dtype=None, requires_grad=False) -> Tensor

        A tensor of the given size whose values you are expected to overwrite.
        PyTorch leaves it uninitialised; Wick fills it with 0. Do not rely on either.
        """,
        "torch.full": """
        torch.full(size, fill_value, dtype=None, device=None, requires_grad=False) -> Tensor

        A tensor of the given size with every element equal to fill_value; the dtype
        follows fill_value (float32, int64 or bool) unless dtype is given.
        Example: torch.full((2, 3), 7.0)
        """,
        "torch.eye": """
        torch.eye(n, m=None, dtype=None, device=None, requires_grad=False) -> Tensor

        An n×m matrix (n×n if m is omitted) with 1 on the diagonal and 0 elsewhere.
        """,
        "torch.arange": """
        torch.arange(start=0, end, step=1, dtype=None, device=None, requires_grad=False) -> Tensor

        The 1-d tensor start, start+step, … stopping before end. Integer arguments
        give int64, any float gives float32.
        Example: torch.arange(5)  # tensor([0, 1, 2, 3, 4])
        """,
        "torch.linspace": """
        torch.linspace(start, end, steps, dtype=None, device=None, requires_grad=False) -> Tensor

        `steps` evenly spaced values from start to end, both ends included.
        Example: torch.linspace(0, 1, 5)
        """,
        "torch.ones_like": """
        torch.ones_like(input, dtype=None, device=None, requires_grad=False) -> Tensor

        A tensor of 1s with the shape (and, unless dtype is given, the dtype) of input.
        """,
        "torch.zeros_like": """
        torch.zeros_like(input, dtype=None, device=None, requires_grad=False) -> Tensor

        A tensor of 0s with the shape (and, unless dtype is given, the dtype) of input.
        """,
        "torch.empty_like": """
        torch.empty_like(input, dtype=None, device=None, requires_grad=False) -> Tensor

        An "uninitialised" tensor shaped like input (Wick fills it with 0).
        """,
        "torch.full_like": """
        torch.full_like(input, fill_value, dtype=None, device=None, requires_grad=False) -> Tensor

        A tensor shaped like input with every element equal to fill_value.
        """,
        "torch.FloatTensor": """
        torch.FloatTensor(*sizes) or torch.FloatTensor(data) -> Tensor

        Legacy constructor: sizes give a float32 tensor of that shape, a list gives
        its values as float32. Prefer torch.zeros / torch.tensor in new code.
        """,
        "torch.is_tensor": """
        torch.is_tensor(obj) -> bool

        True if obj is a Tensor.
        """,
        "torch.numel": """
        torch.numel(input) -> int

        The number of elements of input (the product of its shape).
        """,
        "torch.cuda.is_available": """
        torch.cuda.is_available() -> bool

        Always False: Wick runs on the CPU only.
        """,
        "torch.cuda.device_count": """
        torch.cuda.device_count() -> int

        Always 0: Wick runs on the CPU only.
        """,
    ]

    static let random: [String: String] = [
        "torch.manual_seed": """
        torch.manual_seed(seed) -> Generator

        Seeds the default random generator, so later draws repeat PyTorch's exactly.
        Example: torch.manual_seed(0)
        """,
        "torch.initial_seed": """
        torch.initial_seed() -> int

        The seed the default random generator was last seeded with.
        """,
        "torch.rand": """
        torch.rand(*size, dtype=None, requires_grad=False) -> Tensor

        Uniform random numbers on [0, 1), the same draws as PyTorch's CPU generator.
        Example: torch.rand(2, 3)
        """,
        "torch.randn": """
        torch.randn(*size, dtype=None, requires_grad=False) -> Tensor

        Standard normal random numbers (mean 0, std 1), the same draws as PyTorch's
        CPU generator.
        """,
        "torch.randint": """
        torch.randint(low=0, high, size) -> Tensor

        An int64 tensor of the given size with random integers in [low, high).
        Example: torch.randint(0, 10, (3,))
        """,
        "torch.randperm": """
        torch.randperm(n) -> Tensor

        A random permutation of 0, 1, …, n-1 as an int64 tensor.
        """,
        "torch.rand_like": """
        torch.rand_like(input, dtype=None, device=None, requires_grad=False) -> Tensor

        Uniform random numbers on [0, 1) with the shape and dtype of input.
        """,
        "torch.randn_like": """
        torch.randn_like(input, dtype=None, device=None, requires_grad=False) -> Tensor

        Standard normal random numbers with the shape and dtype of input.
        """,
        "torch.normal": """
        torch.normal(mean, std=1.0, size=None, dtype=None, requires_grad=False) -> Tensor

        Normal random numbers. mean and std may be tensors (one draw per element)
        or numbers, in which case size gives the shape.
        Example: torch.normal(0.0, 2.0, size=(3,))
        """,
    ]

    static let gradMode: [String: String] = [
        "torch.no_grad": """
        torch.no_grad()

        Context manager: operations inside `with torch.no_grad():` record no graph,
        so their results have requires_grad=False. Use it for weight updates.
        """,
        "torch.enable_grad": """
        torch.enable_grad()

        Context manager that turns graph recording back on inside a no_grad block.
        """,
        "torch.is_grad_enabled": """
        torch.is_grad_enabled() -> bool

        True unless inside torch.no_grad().
        """,
    ]
}
