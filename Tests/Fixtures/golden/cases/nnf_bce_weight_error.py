# tags: nn errors
import torch
import torch.nn.functional as F
F.binary_cross_entropy(torch.tensor([0.5, 0.5, 0.5]), torch.tensor([1.0, 0.0, 1.0]), weight=torch.ones(2))
