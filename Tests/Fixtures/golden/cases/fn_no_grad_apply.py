# tags: autograd
import torch

class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print("forward grad mode:", torch.is_grad_enabled(), "needs:", ctx.needs_input_grad)
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = Sq.apply(x)
print(y, y.grad_fn, y.requires_grad)
y = Sq.apply(torch.tensor([3.0]))
print(y, y.grad_fn)
y = Sq.apply(x)
print(y.requires_grad, y.is_leaf)
