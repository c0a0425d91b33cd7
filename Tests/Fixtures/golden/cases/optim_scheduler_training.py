# tags: training rng
import torch

torch.manual_seed(3)
w = torch.randn(5, requires_grad=True)
x = torch.randn(16, 5)
y = torch.randn(16)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=20)
for epoch in range(20):
    opt.zero_grad()
    loss = (((x * w).sum(dim=1) - y) ** 2).mean()
    loss.backward()
    opt.step()
    sched.step()
    if epoch % 4 == 3:
        print(epoch, loss.item(), sched.get_last_lr()[0])
print(w)
