# tags: autograd errors
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
print(DoubleInPlace.apply(x.clone()))
DoubleInPlace.apply(x)
