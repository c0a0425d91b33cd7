# tags: errors
import torch
from torch.utils.data import DataLoader

print(len(DataLoader([object()] * 3, batch_size=2)))
for batch in DataLoader([object(), object()], batch_size=2):
    print(batch)
