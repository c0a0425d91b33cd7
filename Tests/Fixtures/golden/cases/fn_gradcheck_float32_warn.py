# tags: autograd warn
import torch

class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g

x = torch.tensor([1.0, 2.0], requires_grad=True)
print(torch.autograd.gradcheck(Sq.apply, (x,), eps=1e-3, atol=1e-2))
try:
    torch.autograd.gradcheck(Sq.apply, (torch.ones(2, dtype=torch.float64),))
except ValueError as e:
    print("ValueError:", e)
