# tags: autograd errors
import torch

class Old(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2

class Missing(torch.autograd.Function):
    pass

try:
    Missing.apply(torch.ones(1, requires_grad=True))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(torch.autograd.Function)
Old()(torch.ones(2))
