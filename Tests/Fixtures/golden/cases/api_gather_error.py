# tags: errors
import torch
x = torch.ones(2, 3)
print(x.gather(1, torch.tensor([[0], [2]])))
x.gather(1, torch.tensor([[0], [3]]))
