# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([1.0, 2.0, -1.0, 0.5], requires_grad=True)
t = torch.tensor([0.5, 2.5, 1.0, 0.5])
w = torch.tensor([1.0, 0.5, 2.0, 3.0])
m = F.mse_loss(x, t, weight=w)
print(m, m.grad_fn)
m.backward()
print(x.grad)
print(F.l1_loss(x, t, weight=w), F.l1_loss(x, t, weight=w, reduction='none'))
print(F.huber_loss(x, t, weight=w, delta=0.7), F.huber_loss(x, t, weight=w, reduction='sum'))
