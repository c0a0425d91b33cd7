# tags: rng print
import torch
from torch.utils.data import Subset, SequentialSampler, RandomSampler, BatchSampler, DataLoader

torch.manual_seed(2)
data = list(range(100, 110))
sub = Subset(data, [9, 0, 4])
print(len(sub), sub[0], list(sub))
print(list(SequentialSampler(data)))
print(list(RandomSampler(data)))
print(list(RandomSampler(data, generator=torch.Generator().manual_seed(3))))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=True)))
print(len(BatchSampler(range(7), batch_size=3, drop_last=False)))
loader = DataLoader(sub, batch_size=2)
print([b.tolist() for b in loader])
