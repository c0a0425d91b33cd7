# tags: training
import torch

w = torch.tensor([1.0], requires_grad=True)
v = torch.tensor([2.0], requires_grad=True)
opt = torch.optim.SGD([{"params": [w]}, {"params": [v], "lr": 0.2}], lr=0.1)
lam = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=[lambda e: 0.95 ** e, lambda e: 1.0 / (e + 1)])
for epoch in range(6):
    opt.step()
    lam.step()
    print(epoch, lam.get_last_lr())
opt2 = torch.optim.SGD([w], lr=0.5)
lin = torch.optim.lr_scheduler.LinearLR(opt2, start_factor=0.25, end_factor=1.0, total_iters=4)
print(lin.get_last_lr())
for epoch in range(7):
    opt2.step()
    lin.step()
    print(epoch, lin.get_last_lr())
print(lin.state_dict())
