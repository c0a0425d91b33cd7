# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, -1.0], [0.5, -0.5, 2.0]], requires_grad=True)
w = torch.tensor([[0.1, 0.2, 0.3], [-0.4, 0.5, 0.25]], requires_grad=True)
b = torch.tensor([0.5, -1.0], requires_grad=True)
y = F.linear(x, w, b)
print(y)
(y * torch.tensor([[1.0, 2.0], [3.0, 4.0]])).sum().backward()
print(x.grad)
print(w.grad)
print(b.grad)
print(torch.addmm(b, x, w.t(), beta=0.5, alpha=2.0))
x3 = torch.arange(12.0).reshape(2, 2, 3).requires_grad_()
out = F.linear(x3, w, b)
print(out)
out.sum().backward()
print(x3.grad)
