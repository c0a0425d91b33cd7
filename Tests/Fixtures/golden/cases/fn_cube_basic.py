# tags: autograd
import torch

class MyCube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * grad_output

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = MyCube.apply(x)
print(y)
print(y.grad_fn.name())
print(type(y.grad_fn).__name__)
print(y.grad_fn.next_functions[0][0].name())
y.sum().backward()
print(x.grad)
print(MyCube.__name__, MyCube.__mro__[1])
