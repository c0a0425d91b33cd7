# tags: training
import torch

w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
exp = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)
for epoch in range(8):
    opt.step()
    exp.step()
    print(epoch, exp.get_last_lr())
opt2 = torch.optim.Adam([w], lr=0.05)
cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt2, T_max=6, eta_min=0.001)
for epoch in range(20):
    opt2.step()
    cos.step()
    print(epoch, cos.get_last_lr())
