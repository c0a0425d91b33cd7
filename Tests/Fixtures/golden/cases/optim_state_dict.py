# tags: training print
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
b = torch.tensor([0.5, 0.25], requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1, momentum=0.9)
print(opt.state_dict())
for _ in range(3):
    opt.zero_grad()
    ((w ** 2).sum() + (b ** 3).sum()).backward()
    opt.step()
print(opt.state_dict())
print(opt.state[w])
adam = torch.optim.Adam([{"params": [w]}, {"params": [b], "lr": 0.5}])
for _ in range(2):
    adam.zero_grad()
    ((w ** 2).sum() + (b ** 3).sum()).backward()
    adam.step()
sd = adam.state_dict()
print(sd["state"])
print(sd["param_groups"])
print(adam.state[b]["step"], adam.state[b]["exp_avg"])
