# %% [markdown]
# # Fitting a cubic to sin(x)
#
# The warm-up of PyTorch's "Learning PyTorch with Examples": a third-order polynomial
# y = a + b x + c x^2 + d x^3 is fitted to sin(x) on [-pi, pi] by gradient descent on the sum
# of squared errors. Autograd computes the gradients; the update runs under `torch.no_grad()`
# so it is not itself recorded.

# %%
import math
import torch

torch.manual_seed(0)
print(torch.initial_seed())

# %% [markdown]
# The data: 2000 evenly spaced points and their sines.

# %%
x = torch.linspace(-math.pi, math.pi, 2000)
y = torch.sin(x)
print(x.shape, y.shape)
print(x[:3], y[-3:])

# %% [markdown]
# Four scalar weights drawn from a standard normal. `requires_grad=True` asks autograd to
# record every operation on them.

# %%
a = torch.randn((), requires_grad=True)
b = torch.randn((), requires_grad=True)
c = torch.randn((), requires_grad=True)
d = torch.randn((), requires_grad=True)
print(a, b, c, d, sep="\n")

# %% [markdown]
# One forward pass, to see the graph the loss hangs from.

# %%
y_pred = a + b * x + c * x ** 2 + d * x ** 3
loss = (y_pred - y).pow(2).sum()
print(y_pred.grad_fn.name())
print(loss.grad_fn.name(), loss.requires_grad)

# %% [markdown]
# Gradient descent: forward, backward, step, and clear the gradients (they accumulate).

# %%
learning_rate = 1e-6
for t in range(2000):
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        print(f"{t:4d} {loss.item():10.3f}")
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

# %% [markdown]
# The result. Taylor's series gives sin(x) ~ x - x^3/6 near 0; the least-squares fit over the
# whole interval trades some accuracy there for less error at the ends.

# %%
print(f"Result: y = {a.item():.4f} + {b.item():.4f} x + {c.item():.4f} x^2 + {d.item():.4f} x^3")
print(a.grad, a.requires_grad, a.is_leaf)
print(torch.stack([a, b, c, d]).detach())

# %% [markdown]
# How good is it? The largest error over the grid, and a few sample points.

# %%
with torch.no_grad():
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    error = (y_pred - y).abs()
print(f"max |error| = {error.max().item():.3f} at x = {x[error.argmax()].item():.3f}")
for i in range(0, 2000, 400):
    print(f"x = {x[i].item():7.3f}   sin(x) = {y[i].item():7.3f}   fit = {y_pred[i].item():7.3f}")
