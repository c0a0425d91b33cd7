# tags: nn errors
import torch
import torch.nn.functional as F
F.hardtanh(torch.tensor([1.0]), 2.0, 1.0)
