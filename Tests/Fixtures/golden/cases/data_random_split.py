# tags: rng print
import torch
from torch.utils.data import TensorDataset, random_split

torch.manual_seed(1)
ds = TensorDataset(torch.arange(10))
a, b = random_split(ds, [7, 3])
print(len(a), len(b), a.indices, b.indices)
print(a[0], b[2])
parts = random_split(range(11), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(7))
print([len(p) for p in parts], [list(p) for p in parts])
print(torch.rand(1))
