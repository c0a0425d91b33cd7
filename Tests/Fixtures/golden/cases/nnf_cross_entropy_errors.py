# tags: nn errors
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 0.5]])
try:
    F.cross_entropy(logits, torch.tensor([1]), weight=torch.ones(2))
except RuntimeError as e:
    print(e)
try:
    F.cross_entropy(logits, torch.tensor([[0.5, 0.5, 0.0]]), ignore_index=1)
except RuntimeError as e:
    print(e)
F.cross_entropy(logits, torch.tensor([1]), label_smoothing=1.5)
