# tags: autograd print
import torch

class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g

x = torch.ones(2, requires_grad=True)
y = Square.apply(x * 3)
print(y.grad_fn)
print(type(y.grad_fn))
print(y.grad_fn.next_functions)
print(y.grad_fn is y.grad_fn)
z = (y + 1).sum()
print(z.grad_fn.next_functions[0][0].next_functions[0][0])
