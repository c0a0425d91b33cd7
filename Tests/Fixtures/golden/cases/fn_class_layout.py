# tags: autograd print
import torch
from torch.autograd import Function

class Identity(Function):
    @staticmethod
    def forward(ctx, x, scale=1.0):
        return x * scale

    @staticmethod
    def backward(ctx, g):
        return g, None

print(Identity.__mro__)
x = torch.ones(2, requires_grad=True)
y = Identity.apply(x, 2.0)
print(type(y.grad_fn).__mro__)
print(isinstance(y.grad_fn, torch.autograd.function.FunctionCtx))
print(issubclass(Identity, torch.autograd.Function))
z = Identity.apply(x * 1, torch.ones(2))
print(z.grad_fn.next_functions)
print(z.grad_fn.needs_input_grad)
print(Identity.apply(x))
