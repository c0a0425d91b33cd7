# tags: autograd fidelity optim
import torch

torch.manual_seed(0)
a = torch.randn(2, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
c = torch.randn(2, 1, requires_grad=True)
w = torch.rand(3, requires_grad=True)

for name, y in [
    ("lerp number", torch.lerp(a, b, 0.3)),
    ("lerp number 0.75", a.lerp(b, 0.75)),
    ("lerp tensor", torch.lerp(a, b, w)),
    ("addcmul", torch.addcmul(a, b, c, value=0.5)),
    ("addcmul default", a.addcmul(b, c)),
    ("addcdiv", torch.addcdiv(a, b, c, value=-2)),
]:
    print(name, y.grad_fn.name(), y.shape)
    print(y.tolist())
    grads = torch.autograd.grad(y.sum(), [a, b, c, w], allow_unused=True, retain_graph=True)
    print([None if g is None else g.tolist() for g in grads])
    y.sum().backward()
    try:
        y.sum().backward()
        print("second backward runs")
    except RuntimeError as e:
        print("second backward raises:", str(e)[:48])

print(torch.lerp(torch.tensor([1.0, 2.0]), torch.tensor([[3.0], [5.0]]), 0.5))
print(torch.addcmul(torch.zeros(3, dtype=torch.float64), torch.ones(3), torch.full((3,), 2.0)).dtype)
y = torch.addcmul(a, b, c, value=3)
print(y.grad_fn._saved_tensor1.shape, y.grad_fn._saved_tensor2.shape)
for f in [
    lambda: torch.lerp(a, b.double(), 0.5),
    lambda: torch.lerp(torch.arange(3), torch.arange(3), 0.5),
    lambda: torch.addcdiv(a, torch.arange(3), torch.arange(1, 4)),
    lambda: torch.addcmul(a, b, c, 2),
]:
    try:
        f()
    except (RuntimeError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, str(e)[:100])
