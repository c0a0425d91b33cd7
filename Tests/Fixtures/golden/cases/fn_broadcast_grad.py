# tags: autograd
import torch

class Total(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.sum()

    @staticmethod
    def backward(ctx, g):
        return g.expand(4, 3) * 2

x = torch.ones(3, requires_grad=True)
y = Total.apply(x)
y.backward()
print(x.grad)
d = torch.ones(2, dtype=torch.float64, requires_grad=True)

class Half(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x / 2

    @staticmethod
    def backward(ctx, g):
        return (g / 2).float()

Half.apply(d).sum().backward()
print(d.grad)
