# tags: autograd higher
import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        print("grad mode in backward:", torch.is_grad_enabled())
        return 3 * x ** 2 * g

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Cube.apply(x)
g, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g)
g2, = torch.autograd.grad(g.sum(), x)
print(g2)
y = Cube.apply(x * 2)
h, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(h)
h.sum().backward()
print(x.grad)
