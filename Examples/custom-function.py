# %% [markdown]
# # A custom autograd Function: a polynomial with a hand-written backward
#
# `torch.autograd.Function` lets you tell autograd how to differentiate an operation yourself.
# Here the Legendre polynomial P3(x) = (5x^3 - 3x) / 2, as in PyTorch's "Learning PyTorch with
# Examples", gets a forward and a backward written by hand, is checked with `gradcheck`, and
# then fits sin(x) by gradient descent.

# %%
import math
import torch


class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return 0.5 * (5 * x ** 3 - 3 * x)

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * x ** 2 - 1)


# %% [markdown]
# `apply` runs the forward and records one node, named after the class, whose backward is ours.

# %%
x = torch.tensor([-1.0, 0.0, 0.5, 1.0], requires_grad=True)
p = LegendrePolynomial3.apply(x)
print(p)
print(p.grad_fn.name())
p.sum().backward()
print(x.grad)

# %% [markdown]
# `gradcheck` compares the hand-written backward with central differences in float64.
# A wrong derivative is reported with both Jacobians.

# %%
x64 = torch.linspace(-1, 1, 5, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(LegendrePolynomial3.apply, (x64,)))


class WrongDerivative(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return 0.5 * (5 * x ** 3 - 3 * x)

    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * x ** 2 - 3)


print(torch.autograd.gradcheck(WrongDerivative.apply, (x64[:2].detach().requires_grad_(),), raise_exception=False))
try:
    torch.autograd.gradcheck(WrongDerivative.apply, (torch.tensor([0.5], dtype=torch.float64, requires_grad=True),))
except RuntimeError as e:
    print(e)

# %% [markdown]
# Fitting y = a + b P3(c + d x) to sin(x), the tutorial's model, with the custom Function inside.

# %%
xs = torch.linspace(-math.pi, math.pi, 200, dtype=torch.float64)
ys = torch.sin(xs)
a = torch.full((), 0.0, dtype=torch.float64, requires_grad=True)
b = torch.full((), -1.0, dtype=torch.float64, requires_grad=True)
c = torch.full((), 0.0, dtype=torch.float64, requires_grad=True)
d = torch.full((), 0.3, dtype=torch.float64, requires_grad=True)
learning_rate = 5e-6
for t in range(2000):
    y_pred = a + b * LegendrePolynomial3.apply(c + d * xs)
    loss = (y_pred - ys).pow(2).sum()
    if t % 400 == 399:
        print(t, round(loss.item(), 6))
    loss.backward()
    with torch.no_grad():
        a -= learning_rate * a.grad
        b -= learning_rate * b.grad
        c -= learning_rate * c.grad
        d -= learning_rate * d.grad
        a.grad = None
        b.grad = None
        c.grad = None
        d.grad = None
print(f"Result: y = {a.item():.6f} + {b.item():.6f} * P3({c.item():.6f} + {d.item():.6f} x)")
