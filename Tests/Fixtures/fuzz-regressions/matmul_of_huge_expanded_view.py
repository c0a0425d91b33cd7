import torch
x = torch.ones(1).expand(2**61, 2)
y = x.T @ x
