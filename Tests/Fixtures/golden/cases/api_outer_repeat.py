# tags: ops
import torch
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([1.0, -1.0], requires_grad=True)
o = torch.outer(a, b)
print(o)
o.sum().backward()
print(a.grad, b.grad)
print(a.outer(b).shape, torch.tensor([1, 2]).outer(torch.tensor([3, 4])))
r = a.repeat_interleave(2)
print(r)
a.grad = None
(r * torch.arange(6.0)).sum().backward()
print(a.grad)
m = torch.tensor([[1, 2], [3, 4]])
print(m.repeat_interleave(2), m.repeat_interleave(3, dim=1), sep="\n")
print(torch.repeat_interleave(m, torch.tensor([1, 2]), dim=0))
print(m.repeat_interleave(2, dim=0))
