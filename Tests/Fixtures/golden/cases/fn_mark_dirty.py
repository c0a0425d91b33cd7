# tags: autograd
import torch

class DoubleInPlace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = x.clone()
w = DoubleInPlace.apply(z)
print(w is z)
print(z)
print(z._version)
w.sum().backward()
print(x.grad)

class Returns(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 10

z = x.clone()
r = Returns.apply(z)
print(r is z, r.grad_fn.name(), z.grad_fn.name())
r.sum().backward()
print(x.grad)
