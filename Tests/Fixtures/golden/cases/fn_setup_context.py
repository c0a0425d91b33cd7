# tags: autograd
import torch

class LinearFn(torch.autograd.Function):
    @staticmethod
    def forward(x, w, b):
        return x * w + b

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, w, b = inputs
        print("setup_context output:", output)
        ctx.save_for_backward(x, w)

    @staticmethod
    def backward(ctx, g):
        x, w = ctx.saved_tensors
        return g * w, g * x, g

x = torch.tensor([1.0, 2.0])
w = torch.tensor([3.0, 4.0], requires_grad=True)
b = torch.tensor([0.5, 0.5], requires_grad=True)
y = LinearFn.apply(x, w, b)
print(y)
print(y.grad_fn.needs_input_grad)
y.sum().backward()
print(w.grad, b.grad)
