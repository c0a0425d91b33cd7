# tags: ops
import torch
m = torch.arange(1.0, 13.0).reshape(3, 4).requires_grad_()
print(m.tril(), m.triu(), m.tril(-1), torch.triu(m, 1), sep="\n")
m.tril().sum().backward()
print(m.grad)
print(torch.ones(3, 3).tril().bool())
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
d = torch.diag(v)
print(d)
print(v.diag(1))
(d * torch.arange(9.0).reshape(3, 3)).sum().backward()
print(v.grad)
print(m.diag(), m.diag(1), m.diag(-1))
m.grad = None
m.diag(1).sum().backward()
print(m.grad)
print(torch.eye(3).diag(), torch.tensor([[1, 2], [3, 4]]).diag())
