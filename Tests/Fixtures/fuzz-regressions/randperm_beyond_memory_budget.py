import torch
x = torch.randperm(10**10)
