# tags: errors
import torch

w = torch.ones(2, requires_grad=True)
opt = torch.optim.Adam([w * 2])
