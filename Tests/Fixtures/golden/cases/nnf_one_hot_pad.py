# tags: nn ops autograd
import torch
import torch.nn.functional as F
print(F.one_hot(torch.tensor([0, 2, 1])))
print(F.one_hot(torch.tensor([[1], [3]]), num_classes=5))
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
p = F.pad(x, (1, 2))
print(p)
print(F.pad(x, (1, 0, 0, 1), value=-1.0))
c = F.pad(x, (-1, 1))
print(c)
(p.sum() + (c * 2).sum()).backward()
print(x.grad)
print(F.pad(torch.tensor([[1, 2]]), (0, 0, 1, 1)))
