# tags: lang ops
# torch.return_types and sys.version_info are struct sequences: they unpack, index and measure as tuples.
import sys
import torch
x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 3.0, 4.0]])
r = x.max(1)
print(r)
print(r[0])
print(r[-1])
print(len(r))
values, indices = r
print(values, indices)
print(r.values is r[0])
print(sys.version_info[:2])
print(sys.version_info >= (3, 8), sys.version_info.major)
print(len(sys.version_info))
