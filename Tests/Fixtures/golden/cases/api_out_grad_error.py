# tags: errors
import torch
w = torch.ones(2, requires_grad=True)
print(torch.add(torch.ones(2), 1, out=torch.empty(2)))
torch.mul(w, 2, out=torch.empty(2))
