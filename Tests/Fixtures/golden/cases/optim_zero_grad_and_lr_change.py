# tags: training
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
(w ** 2).sum().backward()
opt.zero_grad(set_to_none=False)
print(w.grad)
opt.zero_grad()
print(w.grad)
for step in range(6):
    if step == 3:
        for g in opt.param_groups:
            g["lr"] = 0.01
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    print(step, w.tolist())
opt.step()
print(w.tolist())
