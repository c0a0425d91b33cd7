# tags: print
import torch
from torch.utils.data import TensorDataset, DataLoader

x = torch.arange(10.0).reshape(5, 2)
y = torch.tensor([0, 1, 0, 1, 1])
ds = TensorDataset(x, y)
print(len(ds))
print(ds[2])
print(ds[-1])
loader = DataLoader(ds, batch_size=2)
print(len(loader))
for xb, yb in loader:
    print(xb, yb)
for batch in DataLoader(ds, batch_size=2, drop_last=True):
    print(batch)
print(len(DataLoader(ds, batch_size=2, drop_last=True)))
