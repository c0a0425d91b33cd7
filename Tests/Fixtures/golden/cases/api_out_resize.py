# tags: ops warn
import torch
a = torch.tensor([1.0, 2.0])
o = torch.empty(5)
torch.add(a, a, out=o)
print(o, o.shape)
m = torch.zeros(1)
torch.stack([a, a], out=m)
print(m)
