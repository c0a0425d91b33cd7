# tags: ops
import torch
x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 1.7, -1.2], requires_grad=True)
for name in ['floor', 'ceil', 'trunc', 'round', 'frac']:
    y = getattr(x, name)()
    y.sum().backward()
    print(name, y, x.grad)
    x.grad = None
print(torch.round(x, decimals=1))
print(torch.tensor([1.2345, 9.8765, -0.055]).round(decimals=2))
print(torch.tensor([1234.5, 5678.9]).round(decimals=-2))
r = x.round(decimals=1)
print(r.grad_fn.name())
i = torch.tensor([1, -2, 3])
print(i.floor(), i.ceil(), i.round(), i.trunc())
y = torch.tensor([0.4, 1.6])
y.floor_()
print(y)
z = torch.tensor([0.5, 1.5, 2.5])
z.round_()
print(z)
