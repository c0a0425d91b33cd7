# tags: nn errors
import torch
import torch.nn.functional as F
print(F.gelu(torch.tensor([1.0]), approximate='tanh'))
F.gelu(torch.tensor([1.0]), approximate='exact')
