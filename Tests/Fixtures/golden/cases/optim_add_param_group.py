# tags: training print
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
v = torch.tensor([3.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.5)
opt.add_param_group({"params": v, "lr": 0.01})
print(opt)
for _ in range(3):
    opt.zero_grad()
    (w.sum() * v.sum()).backward()
    opt.step()
print(w.tolist(), v.tolist())
print(opt.state_dict()["param_groups"][1]["params"])
