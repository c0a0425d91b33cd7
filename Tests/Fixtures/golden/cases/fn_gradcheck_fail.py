# tags: autograd
import torch

class BadSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 3 * x * g

x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(BadSquare.apply, (x,), raise_exception=False))
try:
    torch.autograd.gradcheck(BadSquare.apply, (x,))
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(e)
