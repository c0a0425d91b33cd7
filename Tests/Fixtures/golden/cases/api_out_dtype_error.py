# tags: errors
import torch
print(torch.add(torch.tensor([1, 2]), 1, out=torch.empty(2)))
torch.add(torch.ones(2), 1, out=torch.empty(2, dtype=torch.long))
