# tags: autograd errors
import torch

class Picky(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        raise ValueError("no gradients today")

x = torch.ones(2, requires_grad=True)
y = Picky.apply(x)
print(y)
try:
    y.sum().backward()
except ValueError as e:
    print("caught:", e)
Picky.apply(x).sum().backward()
