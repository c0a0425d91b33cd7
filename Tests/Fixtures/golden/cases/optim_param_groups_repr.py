# tags: training print
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
b = torch.tensor([0.5], requires_grad=True)
opt = torch.optim.SGD([{"params": [w]}, {"params": b, "lr": 0.5, "momentum": 0.9}], lr=0.1)
print(opt)
for step in range(4):
    opt.zero_grad()
    loss = (w ** 2).sum() + (b * 3).sum()
    loss.backward()
    opt.step()
    print(step, w.tolist(), b.tolist())
print(len(opt.param_groups), opt.param_groups[1]["lr"], opt.defaults["lr"])
print(sorted(opt.param_groups[0].keys()))
print(torch.optim.Adam([w], lr=0.01, amsgrad=True))
print(torch.optim.AdamW([w]))
print(torch.optim.RMSprop([w], centered=True))
print(torch.optim.Adagrad([w], lr_decay=0.1))
