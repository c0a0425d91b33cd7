# tags: nn rng
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
print(lin)
print(lin.weight)
print(lin.bias)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1), nn.Sigmoid())
print(model)
print(model[0].weight)
print(model[2].bias)
print(len(model), type(model[1]).__name__)
print(model[1:])
for name, p in model.named_parameters():
    print(name, tuple(p.shape))
torch.manual_seed(1)
e = nn.Linear(2, 2, bias=False)
print(e, e.bias)
print(e.state_dict())
