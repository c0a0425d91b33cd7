# tags: autograd hooks
import torch

class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        print("backward got", g)
        return 2 * x * g

x = torch.tensor([1.0, 3.0], requires_grad=True)
y = Sq.apply(x)
y.register_hook(lambda g: print("hook saw", g))
y.register_hook(lambda g: g * 10)
y.retain_grad()
y.sum().backward()
print(y.grad)
print(x.grad)
