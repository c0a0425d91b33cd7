# tags: training warn
import torch

w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
sched.step()
print(sched.get_last_lr())
opt.step()
sched.step()
print(sched.get_last_lr())
