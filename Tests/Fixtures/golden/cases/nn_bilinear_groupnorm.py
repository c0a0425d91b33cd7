# tags: nn ops autograd
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, 5, requires_grad=True)
w = torch.randn(2, 4, 5, requires_grad=True)
bias = torch.randn(2, requires_grad=True)
y = F.bilinear(a, b, w, bias)
print(y, y.grad_fn, y.grad_fn.next_functions)
t = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(t, t.next_functions)
y.sum().backward()
print(a.grad, b.grad, w.grad, bias.grad, sep='\n')
print(F.bilinear(a, b, w).grad_fn)

m = nn.Bilinear(4, 5, 2)
print(m, m.weight.shape, m.bias.shape)
print(m(a, b))
a3 = torch.randn(2, 3, 4)
b3 = torch.randn(2, 3, 5)
print(m(a3, b3).shape, nn.Bilinear(4, 5, 3, bias=False)(a3, b3).shape)

x = torch.randn(2, 3, requires_grad=True)
n = F.normalize(x)
print(n, n.grad_fn, n.grad_fn.next_functions)
n.sum().backward()
print(x.grad)
print(F.normalize(x, p=1, dim=0), F.normalize(torch.tensor([3.0, 4.0]), dim=0))
print(F.normalize(torch.zeros(2, 2)), F.normalize(x, p=float('inf'), dim=1, eps=0.5))

g = nn.GroupNorm(2, 4)
print(g, list(g.state_dict()))
xi = torch.randn(2, 4, 3, requires_grad=True)
o = g(xi)
print(o, o.grad_fn, o.grad_fn.next_functions)
(o * torch.arange(24.0).view(2, 4, 3)).sum().backward()
print(xi.grad, g.weight.grad, g.bias.grad, sep='\n')
print(nn.GroupNorm(1, 4, affine=False), nn.GroupNorm(4, 4, eps=0.001, bias=False))
print(nn.GroupNorm(4, 4, affine=False)(torch.arange(16.0).view(2, 4, 2)))
print(F.group_norm(torch.arange(8.0).reshape(2, 4), 2))
print(F.group_norm(torch.randn(2, 6, 2, 2, dtype=torch.float64), 3, eps=0.1).sum(dim=(2, 3)))
print(torch.autograd.gradcheck(lambda t, w_, b_: F.group_norm(t, 2, w_, b_), (
    torch.randn(2, 4, 3, dtype=torch.float64, requires_grad=True),
    torch.randn(4, dtype=torch.float64, requires_grad=True),
    torch.randn(4, dtype=torch.float64, requires_grad=True))))
print(torch.autograd.gradcheck(lambda p, q, r: F.bilinear(p, q, r), (
    torch.randn(3, 2, dtype=torch.float64, requires_grad=True),
    torch.randn(3, 3, dtype=torch.float64, requires_grad=True),
    torch.randn(4, 2, 3, dtype=torch.float64, requires_grad=True))))
