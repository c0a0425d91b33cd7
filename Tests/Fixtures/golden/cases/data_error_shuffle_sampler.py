# tags: errors
import torch
from torch.utils.data import DataLoader, SequentialSampler

data = [1, 2, 3]
try:
    DataLoader(data, batch_size=0)
except ValueError as e:
    print(e)
loader = DataLoader(data, shuffle=True, sampler=SequentialSampler(data))
