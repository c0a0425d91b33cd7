# tags: training
import torch

w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
for epoch in range(10):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), opt.param_groups[0]["lr"])
opt2 = torch.optim.SGD([w], lr=0.3)
ms = torch.optim.lr_scheduler.MultiStepLR(opt2, milestones=[2, 5, 5, 8], gamma=0.1)
for epoch in range(10):
    opt2.step()
    ms.step()
    print(epoch, ms.get_last_lr())
print(sched.last_epoch, ms.last_epoch)
