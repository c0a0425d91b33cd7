# tags: ops
import torch
x = torch.tensor([[3.0, 1.0, 2.0, 5.0], [0.5, -1.0, 4.0, 2.5]], requires_grad=True)
s = x.sort()
print(s)
print(s.values, s.indices)
v, i = torch.sort(x, dim=0, descending=True)
print(v, i, sep="\n")
print(x.argsort(), torch.argsort(x, dim=1, descending=True))
(s.values * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
t = x.topk(2)
print(t)
x.grad = None
t.values.sum().backward()
print(x.grad)
print(torch.topk(x, 1, dim=0, largest=False))
k = x.kthvalue(2)
print(k)
x.grad = None
k.values.sum().backward()
print(x.grad)
print(torch.kthvalue(x, 1, dim=0, keepdim=True))
print(torch.tensor([3, 1, 2]).sort(), torch.tensor([1.0, float('nan'), -1.0]).sort().values)
