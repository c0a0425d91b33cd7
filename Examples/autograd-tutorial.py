# %% [markdown]
# # Autograd: automatic differentiation
#
# The autograd tutorial of the seed notebook, cell by cell. `torch.manual_seed(0)` makes the
# random cells print the same numbers as the executed notebook in Tests/Fixtures/golden/notebooks.

# %%
import torch
generator = torch.manual_seed(0)

# %% [markdown]
# Create a tensor that records every operation on it.

# %%
x = torch.ones(2, 2, requires_grad=True)  # requires_grad=True to track all operations on x
print(x)

# %% [markdown]
# Do a tensor operation: the result remembers the Function that created it in `.grad_fn`.

# %%
y = x + 2  # this operation is tracked
print(y)

# %%
print(y.grad_fn)
print(f"The type of y.grad_fn is {type(y.grad_fn)}, a subclass of torch.autograd.Function")

# %% [markdown]
# Do more operations on y.

# %%
z = y * y * 3
out = z.mean()

print(z)
print(f"The operation that created z is {z.grad_fn}")
print(out)

# %% [markdown]
# Assignment: create a 5x5 tensor that requires grad, sum it, and backpropagate.

# %%
my_tensor = torch.rand(5, 5, requires_grad=True)
my_tensor_sum = my_tensor.sum()
print(f"The computation that created my_tensor_sum is {my_tensor_sum.grad_fn}, a subclass of torch.autograd.Function")
my_tensor_sum.backward()
print(my_tensor.grad)  # d(my_tensor_sum)/d(my_tensor): a 5x5 matrix of ones

# %% [markdown]
# ## Gradients
#
# `out` holds a single scalar, so `out.backward()` is `out.backward(torch.tensor(1.))`.
# With o = 1/4 sum_i 3 (x_i + 2)^2, do/dx_i = 3/2 (x_i + 2) = 4.5 at x_i = 1.

# %%
out.backward()
print(x.grad)

# %% [markdown]
# You can do many crazy things with autograd: keep doubling until the norm passes 1000.

# %%
x = torch.randn(3, requires_grad=True)  # normal distribution N(0, 1)

y = x * 2
while y.data.norm() < 1000:
    y = y * 2

print(y)

# %% [markdown]
# y is not a scalar, so backward needs the gradient of some L with respect to y.

# %%
gradients = torch.FloatTensor([0.1, 1.0, 0.0001])
y.retain_grad()  # keep the gradient of the non-leaf y
y.backward(gradients)

print(f"Gradient dy/dx at x = {x.data} is {x.grad}")
print(f"Gradient dy/dy at y = {y.data} is {y.grad}")

# %% [markdown]
# Assignment: multiply by two, sum, and look at the gradients before and after backward.
# Reading `.grad` of a non-leaf warns, as in PyTorch.

# %%
my_tensor = torch.rand(2, 3, requires_grad=True)
print(my_tensor)

x = my_tensor.multiply(2)
print(x)

my_sum = x.sum()

print("\n\nBefore backward pass (no gradients computed):\n")
print(f"Gradient of my_sum w.r.t. my_tensor: {my_tensor.grad}")
print(f"Gradient of my_sum w.r.t. x: {x.grad}")
print(f"Gradient of my_sum w.r.t. itself: {my_sum.grad}")

print("\n\nAfter backward pass (gradients computed):\n")
my_sum.backward()

x.retain_grad()
my_tensor.retain_grad()
print(f"Gradient of my_sum w.r.t. my_tensor: {my_tensor.grad}")
print(f"Gradient of my_sum w.r.t. x: {x.grad}")  # x is not a leaf: no gradient kept
print(f"Gradient of my_sum w.r.t. itself: {my_sum.grad}")
