# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([0.0, 0.5, 1.5, -3.0, 2.2], requires_grad=True)
t = torch.tensor([0.1, 1.5, 0.0, -2.5, -1.0])
for beta in [1.0, 0.5, 2.0]:
    print(F.smooth_l1_loss(x, t, beta=beta), F.smooth_l1_loss(x, t, beta=beta, reduction='none'))
for delta in [1.0, 0.5, 3.0]:
    print(F.huber_loss(x, t, delta=delta), F.huber_loss(x, t, delta=delta, reduction='sum'))
print(F.smooth_l1_loss(x, t, beta=0.0))
loss = F.smooth_l1_loss(x, t, beta=0.8) + F.huber_loss(x, t, delta=1.2, reduction='sum')
loss.backward()
print(x.grad)
