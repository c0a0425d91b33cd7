# tags: autograd
import torch

class SplitScale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3, 7, "tag"

    @staticmethod
    def backward(ctx, g1, g2, g3, g4):
        print("grads:", g1, g2, g3, g4)
        return g1 * 2 + g2 * 3

x = torch.tensor([1.0, 2.0], requires_grad=True)
a, b, n, s = SplitScale.apply(x)
print(a, b, n, s)
print(a.grad_fn is b.grad_fn)
a.sum().backward(retain_graph=True)
print(x.grad)
x.grad = None
(a.sum() + b.sum()).backward()
print(x.grad)
