# tags: ops
import torch
x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], requires_grad=True)
y = x.masked_fill(x < 0, 0.0)
print(y)
y.sum().backward()
print(x.grad)
v = torch.tensor(2.5, requires_grad=True)
x.grad = None
z = x.masked_fill(x > 2, v)
print(z)
(z * torch.arange(6.0).reshape(2, 3)).sum().backward()
print(x.grad, v.grad)
mask = torch.tensor([True, False, True])
print(x.masked_fill(mask, -1))
print(torch.masked_fill(torch.arange(4), torch.tensor([True, False, False, True]), 9))
scores = torch.tensor([[0.5, 0.2, 0.9], [0.1, 0.8, 0.3]])
causal = torch.tensor([[False, True, True], [False, False, True]])
print(scores.masked_fill(causal, float('-inf')).softmax(dim=-1))
