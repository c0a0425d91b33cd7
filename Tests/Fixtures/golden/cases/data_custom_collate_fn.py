# tags: print
import torch
from torch.utils.data import DataLoader

data = [torch.tensor([1.0, 2.0]), torch.tensor([3.0]), torch.tensor([4.0, 5.0, 6.0])]


def pad_collate(batch):
    longest = max(len(t) for t in batch)
    out = torch.zeros(len(batch), longest)
    for i, t in enumerate(batch):
        out[i, : len(t)] = t
    return out, [len(t) for t in batch]


for padded, lengths in DataLoader(data, batch_size=2, collate_fn=pad_collate):
    print(padded, lengths)
print(list(DataLoader([1, 2, 3, 4, 5], batch_size=2, collate_fn=lambda b: sum(b))))
print(list(DataLoader([1.5, 2.5, 3.5], batch_size=2)))
