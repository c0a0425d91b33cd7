# tags: autograd
import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor, name):
        ctx.factor = factor
        ctx.label = name
        print("needs_input_grad:", ctx.needs_input_grad)
        return x * factor

    @staticmethod
    def backward(ctx, g):
        print("backward of", ctx.label, "with factor", ctx.factor)
        return g * ctx.factor, None, None

x = torch.tensor([1.0, -2.0], requires_grad=True)
y = Scale.apply(x, 2.5, "scale")
print(y)
print(y.grad_fn.factor, y.grad_fn.label)
y.sum().backward()
print(x.grad)
print(len(y.grad_fn.next_functions))
w = Scale.apply(torch.ones(2), 3.0, "plain")
print(w, w.grad_fn)
