# tags: nn errors
import torch
import torch.nn.functional as F
print(F.batch_norm(torch.ones(2, 3), torch.zeros(3), torch.ones(3)))
F.batch_norm(torch.ones(1, 3), torch.zeros(3), torch.ones(3), training=True)
