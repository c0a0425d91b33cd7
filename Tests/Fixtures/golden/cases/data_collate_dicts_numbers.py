# tags: print
import torch
from torch.utils.data import Dataset, DataLoader


class Squares(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return {"x": torch.tensor([float(i), float(i) ** 2]), "label": i % 2, "weight": i / 4, "name": f"item{i}"}


ds = Squares(5)
print(len(ds), ds[3]["name"])
for batch in DataLoader(ds, batch_size=2):
    print(batch)


class Pairs(Dataset):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (i, [i * 1.5, True])


for batch in DataLoader(Pairs(), batch_size=3):
    print(batch)
for item in DataLoader(Pairs(), batch_size=None):
    print(item)
