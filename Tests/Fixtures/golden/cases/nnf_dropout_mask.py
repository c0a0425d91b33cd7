# tags: nn rng ops autograd
import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(4, 6, requires_grad=True)
y = F.dropout(x, 0.5)
print(y)
print(y.grad_fn, y.grad_fn.next_functions)
y.sum().backward()
print(x.grad)
print(F.dropout(torch.ones(10, dtype=torch.float64), p=0.2))
print(F.dropout(torch.arange(12.0).reshape(3, 4), p=0.7))
print(torch.rand(3))
t = torch.ones(3, 5).t()
print(F.dropout(t, 0.4))
print(F.dropout(torch.randn(2, 3), 0.25))
