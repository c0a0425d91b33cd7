# tags: autograd errors
import torch

class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x * 2
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, g):
        y, = ctx.saved_tensors
        return g * 2

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Double.apply(x)
print(y.grad_fn.saved_tensors[0].grad_fn.name())
y.mul_(3)
print(y.grad_fn)
y.sum().backward()
