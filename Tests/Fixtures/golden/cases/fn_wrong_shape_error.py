# tags: autograd errors
import torch

class Total(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.sum()

    @staticmethod
    def backward(ctx, g):
        return torch.ones(3)

x = torch.ones(2, requires_grad=True)
y = Total.apply(x)
print(y)
y.backward()
