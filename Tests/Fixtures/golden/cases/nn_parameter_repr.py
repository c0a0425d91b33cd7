# tags: nn
import torch
import torch.nn as nn

p = nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
print(p)
print(type(p))
print(isinstance(p, torch.Tensor), isinstance(p, nn.Parameter))
print(p.requires_grad, p.is_leaf, p.grad_fn)
q = nn.Parameter(torch.zeros(2, 2), requires_grad=False)
print(q)
print(repr(p * 2))
print(type(p * 2).__name__, type(p.detach()).__name__, type(p.data).__name__)
r = p.sum() * 3
r.backward()
print(p.grad)
print([p])
e = nn.Parameter()
print(e)
x = torch.ones(3, requires_grad=True)
y = x * 2
z = nn.Parameter(y)
print(z.is_leaf, z.grad_fn, z.requires_grad)
