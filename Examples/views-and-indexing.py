# %% [markdown]
# # Views and indexing
#
# A tour of the ways to look at the same numbers differently: shapes, strides, slices, masks
# and index tensors; which results share storage with their source and which are copies; and
# how gradients flow back through all of them.

# %%
import torch

x = torch.arange(12)
print(x)
print(x.shape, x.dtype, x.stride())

# %% [markdown]
# ## Reshaping
#
# `view` reinterprets contiguous memory with a new shape; `-1` lets PyTorch infer one size.
# `reshape` does the same when it can and copies when it must.

# %%
m = x.view(3, 4)
print(m)
print(m.stride(), m.is_contiguous())
print(x.reshape(2, -1, 3).shape)
print(x.view(2, 6).view(-1, 2).shape)

# %% [markdown]
# `transpose` and `permute` only swap strides: the result is a view that is no longer
# contiguous, so `view` refuses it, while `contiguous()` (or `reshape`) makes a fresh copy.

# %%
mt = m.transpose(0, 1)
print(mt)
print(mt.shape, mt.stride(), mt.is_contiguous())
print(m.t().equal(mt), m.T.equal(mt))
try:
    mt.view(12)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(".")[0])
print(mt.contiguous().view(12))
print(mt.reshape(12))

# %%
cube = torch.arange(24).view(2, 3, 4)
p = cube.permute(2, 0, 1)
print(p.shape, p.stride())
print(p[:, 1, 2])
print(cube.unsqueeze(1).shape, cube[:, :1].squeeze(1).shape, cube.flatten(1).shape)

# %% [markdown]
# ## Basic indexing
#
# Integers remove a dimension, slices keep it; slices take a step, `None` inserts a dimension
# of size one, and `...` stands for as many full slices as needed.

# %%
print(m[1])
print(m[:, 2])
print(m[1, 2], m[1, 2].item(), m[-1, -1].item())
print(m[::2, 1::2])
print(x[1:10:3])
print(m[None].shape, m[:, None].shape, m[..., None].shape)
print(cube[..., 0])
print(cube[1, ..., 1:3])

# %% [markdown]
# Basic indexing returns views: writing through one changes the original.

# %%
row = m[1]
row[0] = 100
print(x)
print(row.storage_offset(), m[1:, 2:].storage_offset(), m[1:, 2:].stride(), m.element_size())
m[:, 3] = -1
print(x)
x[4] = 4
m[:, 3] = torch.tensor([3, 7, 11])
print(m)

# %% [markdown]
# ## Advanced indexing
#
# A boolean mask picks the elements where it is `True` (flattened); an integer tensor picks
# rows (or elements, one index tensor per dimension). Both make copies, not views.

# %%
mask = m % 3 == 0
print(mask)
print(m[mask])
print(m[m > 6])
print(m[torch.tensor([2, 0, 2])])
print(m[torch.tensor([0, 1, 2]), torch.tensor([3, 2, 1])])
print(m[[0, 2]][:, [1, 3]])
picked = m[torch.tensor([0])]
picked[0, 0] = 99
print(m[0, 0].item())

# %% [markdown]
# Assigning through a mask or an index tensor writes into the original, though.

# %%
y = torch.zeros(3, 4)
y[m > 6] = 1.0
print(y)
y[torch.tensor([0, 2]), torch.tensor([1, 1])] = torch.tensor([5.0, 6.0])
print(y)
y[:, ::2] += 10
print(y)
y.masked_fill_(y == 0, -1.0)
print(y)

# %% [markdown]
# `torch.where` chooses elementwise between two tensors; `nonzero` lists the positions.

# %%
print(torch.where(m > 5, m, torch.zeros_like(m)))
print((m > 8).nonzero())

# %% [markdown]
# ## Joining
#
# `cat` joins along an existing dimension, `stack` along a new one.

# %%
a = torch.arange(6).view(2, 3)
b = torch.arange(6, 12).view(2, 3)
print(torch.cat([a, b]))
print(torch.cat([a, b], dim=1))
print(torch.stack([a, b]).shape, torch.stack([a, b], dim=2).shape)
print(torch.stack([a, b], dim=1))

# %% [markdown]
# ## Gradients through indexing
#
# Each kind of indexing records its own backward node. An integer index is a `select`, a slice
# is a `slice`, an index tensor or mask is `index`, and the gradient lands exactly on the
# elements that were read.

# %%
w = torch.arange(1.0, 13.0).view(3, 4).requires_grad_()
s = w[1]
print(s.grad_fn.name())
print(w[:, 1:3].grad_fn.name())
print(w[torch.tensor([0, 2])].grad_fn.name())
print(w[w > 6].grad_fn.name())
print(w.t().grad_fn.name(), w.permute(1, 0).grad_fn.name(), w.view(12).grad_fn.name())

# %%
loss = (w[1] * 2).sum() + w[:, 0].sum() + w[w > 10].pow(2).sum()
loss.backward()
print(loss)
print(w.grad)

# %% [markdown]
# Indices that repeat accumulate their gradients.

# %%
w.grad = None
w[torch.tensor([0, 0, 2]), torch.tensor([1, 1, 3])].sum().backward()
print(w.grad)

# %% [markdown]
# Writing into a slice of a tensor that is part of a graph records a `CopySlices` node: the
# gradient of the overwritten elements is cut, and the new values get their own.

# %%
v = torch.ones(2, 3, requires_grad=True)
h = v * 3
print(h.grad_fn.name())
h[0, 1:] = v[1, :2] * 10
print(h.grad_fn.name())
print(h)
h.sum().backward()
print(v.grad)

# %%
u = torch.ones(4, requires_grad=True)
z = u.clone()
z[z > 0] = 0.5 * u[0]
print(z.grad_fn.name(), z)
z.sum().backward()
print(u.grad)

# %% [markdown]
# `cat` and `stack` route each part of the gradient back to its input.

# %%
p1 = torch.tensor([1.0, 2.0], requires_grad=True)
p2 = torch.tensor([3.0], requires_grad=True)
joined = torch.cat([p1 * 2, p2 ** 2])
stacked = torch.stack([p1, p1 * p1])
print(joined.grad_fn.name(), stacked.grad_fn.name())
(joined.sum() + stacked[1].sum()).backward()
print(p1.grad, p2.grad)
