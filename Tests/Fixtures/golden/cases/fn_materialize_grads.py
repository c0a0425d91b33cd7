# tags: autograd
import torch

class Pair(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, materialize):
        ctx.set_materialize_grads(materialize)
        return x.clone(), x.clone()

    @staticmethod
    def backward(ctx, g1, g2):
        print("g1:", g1, "g2:", g2)
        if g2 is None:
            return g1, None
        return g1 + g2, None

x = torch.ones(2, requires_grad=True)
a, b = Pair.apply(x, True)
a.sum().backward()
print(x.grad)
a, b = Pair.apply(x, False)
a.sum().backward()
print(x.grad)
