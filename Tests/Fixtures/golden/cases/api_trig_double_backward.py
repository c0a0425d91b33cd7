# tags: ops higher
import torch
x = torch.tensor([0.3, 0.6], dtype=torch.float64, requires_grad=True)
for name in ['tan', 'atan', 'sinh', 'cosh', 'erf', 'expm1', 'log2', 'asinh', 'atanh']:
    y = getattr(torch, name)(x).sum()
    (g,) = torch.autograd.grad(y, x, create_graph=True)
    (h,) = torch.autograd.grad(g.sum(), x)
    print(name, g, h)
