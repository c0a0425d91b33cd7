# tags: rng print
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(5)
g = torch.Generator().manual_seed(42)
ds = TensorDataset(torch.arange(7))
loader = DataLoader(ds, batch_size=3, shuffle=True, generator=g)
print([b[0].tolist() for b in loader])
print([b[0].tolist() for b in loader])
print(g.initial_seed())
print(torch.randint(0, 100, (4,)))
loader2 = DataLoader(ds, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(42))
print([b[0].tolist() for b in loader2])
