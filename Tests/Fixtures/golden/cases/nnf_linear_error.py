# tags: nn errors
import torch
import torch.nn.functional as F
x = torch.ones(2, 3)
print(F.linear(x, torch.ones(4, 3)).shape)
F.linear(x, torch.ones(4, 5), torch.ones(4))
