# tags: print
import torch
x = torch.arange(20.0) / 3
torch.set_printoptions(linewidth=40)
print(x)
print(torch.arange(30))
print(torch.ones(3, requires_grad=True) * 2)
print(torch.ones(2, 2, dtype=torch.float64, requires_grad=True))
torch.set_printoptions(linewidth=120)
print(x)
print(torch.arange(60).reshape(2, 30))
torch.set_printoptions(profile='default')
print(x)
