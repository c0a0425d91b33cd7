# tags: ops
import torch
x = torch.tensor([-0.9, -0.3, 0.0, 0.4, 0.8], requires_grad=True)
for name in ['tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'asinh', 'atanh', 'erf', 'erfc', 'expm1']:
    y = getattr(torch, name)(x)
    y.sum().backward()
    print(name, y, x.grad)
    x.grad = None
p = torch.tensor([1.5, 2.0, 10.0], requires_grad=True)
for name in ['acosh', 'log2', 'log10']:
    y = getattr(p, name)()
    y.sum().backward()
    print(name, y, p.grad)
    p.grad = None
print(torch.tensor([1, 2, 4]).log2(), torch.tensor([100]).log10())
d = torch.tensor([0.5, 1.0], dtype=torch.float64)
print(d.tan(), d.erf(), d.sinh())
