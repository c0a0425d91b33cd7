# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 4.0], [-1.0, 0.5, 0.0]], requires_grad=True)
w = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
b = torch.tensor([0.0, 0.1, -0.2], requires_grad=True)
y = F.layer_norm(x, (3,), w, b)
print(y)
print(y.grad_fn, y.grad_fn.next_functions)
(y * torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])).sum().backward()
print(x.grad)
print(w.grad)
print(b.grad)
z = F.layer_norm(torch.arange(12.0).reshape(2, 2, 3), [2, 3], eps=1e-3)
print(z)
print(F.layer_norm(x, [3]).grad_fn.next_functions)
