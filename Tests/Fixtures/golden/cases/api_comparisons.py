# tags: ops
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([3.0, 2.0, 1.0])
for name in ['eq', 'ne', 'lt', 'le', 'gt', 'ge']:
    print(name, getattr(a, name)(b), getattr(torch, name)(a, 2), getattr(a, name)(2.5))
m = torch.tensor([[1, 2], [3, 4]])
print(m.eq(torch.tensor([1, 4])))
print(torch.gt(m, torch.tensor([[2], [3]])))
print(a.eq(a).all(), torch.ne(a, a).any())
print((a.ge(2).int() * a.le(2).int()).sum())
print(torch.tensor([float('nan')]).eq(float('nan')))
print(torch.tensor([True, False]).eq(torch.tensor([True, True])))
