# tags: autograd errors
import torch

class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        ctx.save_for_backward(x, y)
        return x * y

    @staticmethod
    def backward(ctx, g):
        x, y = ctx.saved_tensors
        return g * y

a = torch.ones(2, requires_grad=True)
b = torch.full((2,), 3.0, requires_grad=True)
out = Mul.apply(a, b)
print(out)
out.sum().backward()
