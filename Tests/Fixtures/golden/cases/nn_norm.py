# tags: ops autograd
import math
import torch

x = torch.tensor([[3.0, -4.0, 0.0], [1.0, 2.0, -2.0]], requires_grad=True)
print(x.norm(), x.norm(dim=1), x.norm(1, dim=0), x.norm(p=float('inf'), dim=1, keepdim=True))
print(x.norm(0, 1), x.norm(3, 1), x.norm(0.5, 1), x.norm(-1, 0), x.norm(p=-math.inf, dim=1))
print(torch.norm(x, dim=1), torch.norm(x, p='fro', dim=(0, 1)), torch.norm(x, 2, 1, True))
print(torch.linalg.vector_norm(x), torch.linalg.vector_norm(x, 1.5, dim=(0, 1), keepdim=True))
print(torch.linalg.norm(x), torch.linalg.norm(x, dim=1), torch.linalg.norm(x, 'fro'))
print(torch.linalg.norm(x, 1), torch.linalg.norm(x, -1), torch.linalg.norm(x, math.inf), torch.linalg.norm(x, -math.inf))
print(torch.linalg.matrix_norm(x), torch.linalg.matrix_norm(x, 1, keepdim=True))
print(torch.linalg.norm(torch.tensor([3.0, 4.0]), 1), torch.linalg.norm(torch.ones(2, 2, 2)))
print(x.norm(dim=1).grad_fn, torch.linalg.norm(x, math.inf).grad_fn, torch.linalg.norm(x, 1).grad_fn.next_functions)

for p in [2, 1, 3, 0.5, 1.5, math.inf, -math.inf, 0]:
    x.grad = None
    x.norm(p, 1).sum().backward()
    print(p, x.grad)

# Zeros: the 2-norm's gradient is 0 there, as PyTorch masks it.
z = torch.zeros(2, 3, requires_grad=True)
z.norm(dim=1).sum().backward()
print(z.grad)

# Double backward.
y = torch.tensor([[1.0, 2.0], [3.0, -1.0]], dtype=torch.float64, requires_grad=True)
(g,) = torch.autograd.grad(y.norm(3, 0).sum(), y, create_graph=True)
print(g)
print(torch.autograd.grad(g.sum(), y)[0])
print(torch.autograd.gradcheck(lambda t: t.norm(2.5, 1), (y,)))
