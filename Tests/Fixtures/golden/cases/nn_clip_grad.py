# tags: nn
import torch
import torch.nn as nn

w = nn.Parameter(torch.tensor([3.0, 4.0]))
b = nn.Parameter(torch.tensor([12.0]))
(w * torch.tensor([3.0, 4.0])).sum().backward()
(b * 12).sum().backward()
print(w.grad, b.grad)
total = nn.utils.clip_grad_norm_([w, b], max_norm=1.0)
print(total)
print(w.grad, b.grad)
nn.utils.clip_grad_value_([w, b], 0.05)
print(w.grad, b.grad)
v = nn.utils.parameters_to_vector([w, b])
print(v)
nn.utils.vector_to_parameters(torch.tensor([1.0, 2.0, 3.0]), [w, b])
print(w, b)
print(torch.typename(w), torch.typename(3), torch.typename(nn.Linear(1, 1)))
