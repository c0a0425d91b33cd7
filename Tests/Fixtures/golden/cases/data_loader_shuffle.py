# tags: rng print
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)
ds = TensorDataset(torch.arange(12), torch.arange(12) * 10)
loader = DataLoader(ds, batch_size=5, shuffle=True)
for epoch in range(3):
    for xb, yb in loader:
        print(epoch, xb.tolist(), yb.tolist())
print(torch.rand(2))
