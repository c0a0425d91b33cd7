# tags: autograd errors
import torch

class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        result = x.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, g):
        result, = ctx.saved_tensors
        return g * result

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = Exp.apply(x)
print(y)
s = y.sum()
s.backward(retain_graph=True)
print(x.grad)
s.backward()
print(x.grad)
try:
    y.grad_fn.saved_tensors
except RuntimeError as e:
    print("RuntimeError:", e)
s.backward()
