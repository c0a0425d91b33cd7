/// Help for the in-place updates optimizers are written with, and `torch.Generator`.
extension HelpEntries {
    static let optim: [String: String] = [
        "Tensor.addcmul_": """
        Tensor.addcmul_(tensor1, tensor2, *, value=1) -> Tensor

        self += value * tensor1 * tensor2 in place, rounded as PyTorch's CPU kernel
        (one fused multiply-add). Not recorded by autograd: use it under torch.no_grad().
        """,
        "Tensor.addcdiv_": """
        Tensor.addcdiv_(tensor1, tensor2, *, value=1) -> Tensor

        self += value * tensor1 / tensor2 in place, rounded as PyTorch's CPU kernel.
        Not recorded by autograd: use it under torch.no_grad().
        """,
        "Tensor.lerp_": """
        Tensor.lerp_(end, weight) -> Tensor

        self += weight * (end - self) in place, weight a Python number, rounded as
        PyTorch's CPU kernel. Not recorded by autograd: use it under torch.no_grad().
        """,
        "Tensor.random_": """
        Tensor.random_(*, generator=None) -> Tensor

        Fills the tensor with integers drawn over its dtype's range (0 to 2**63 - 1
        for int64), as PyTorch draws them. Example: torch.empty((), dtype=torch.int64).random_()
        """,
        "torch.Generator": """
        torch.Generator(device='cpu') -> Generator

        A random generator of its own, seeded 67280421310721 like PyTorch's; pass it as
        generator= to randperm, randint, random_, DataLoader and random_split.
        Example: g = torch.Generator().manual_seed(42)
        """,
    ]
}
