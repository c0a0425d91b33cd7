import torch
n = 0
for row in torch.ones(10**9, 0):
    n += 1
