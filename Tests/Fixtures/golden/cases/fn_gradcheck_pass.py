# tags: autograd
import torch

class Poly(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, a):
        ctx.save_for_backward(x)
        ctx.a = a
        return a * x ** 3 - 2 * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * (3 * ctx.a * x ** 2 - 2), None

x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Poly.apply, (x, 1.5)))
print(torch.autograd.gradcheck(lambda t: (t.sin() * t).sum(), x))
print(torch.autograd.gradcheck(torch.tanh, (x,), eps=1e-6, atol=1e-4))
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda m, v: m @ v, (w, torch.tensor([1.0, -1.0], dtype=torch.float64, requires_grad=True))))
print(torch.autograd.gradgradcheck(lambda t: t ** 3, (x,)))
