# tags: nn errors
import torch
import torch.nn.functional as F
F.silu(torch.tensor([1, 2]))
