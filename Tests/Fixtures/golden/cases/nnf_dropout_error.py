# tags: nn errors
import torch
import torch.nn.functional as F
F.dropout(torch.ones(3), 1.5)
