import torch
x = torch.ones(1).expand(2**62, 2**62)
print(x.numel())
