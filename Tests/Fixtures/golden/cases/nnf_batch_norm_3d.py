# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.arange(24.0).reshape(2, 3, 4).sin().requires_grad_()
rm = torch.tensor([0.5, 0.0, -0.5])
rv = torch.tensor([1.0, 2.0, 0.5])
y = F.batch_norm(x, rm, rv, training=True)
print(y)
print(rm)
print(rv)
(y * torch.arange(24.0).reshape(2, 3, 4).cos()).sum().backward()
print(x.grad)
print(F.batch_norm(x, rm, rv, eps=0.1))
