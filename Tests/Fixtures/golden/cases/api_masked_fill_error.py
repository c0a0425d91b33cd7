# tags: errors
import torch
x = torch.ones(3)
print(x.masked_fill(torch.tensor([True, False, True]), 0))
x.masked_fill(torch.tensor([1, 0, 1]), 0.0)
