# tags: nn ops autograd
import torch
import torch.nn.functional as F
weight = torch.tensor([[0.1, 0.2], [1.0, -1.0], [2.0, 0.5], [-0.3, 0.7]], requires_grad=True)
idx = torch.tensor([[0, 2], [2, 3], [1, 2]])
y = F.embedding(idx, weight, padding_idx=2)
print(y)
print(y.grad_fn, y.grad_fn.next_functions)
(y * torch.arange(12.0).reshape(3, 2, 2)).sum().backward()
print(weight.grad)
weight.grad = None
F.embedding(idx, weight, scale_grad_by_freq=True).sum().backward()
print(weight.grad)
print(F.embedding(torch.tensor([3, -1 + 1]), weight, padding_idx=-1))
d = torch.tensor([[0.5, 1.0], [2.0, 3.0]], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad((F.embedding(torch.tensor([1, 1, 0]), d) ** 2).sum(), d, create_graph=True)
print(g)
