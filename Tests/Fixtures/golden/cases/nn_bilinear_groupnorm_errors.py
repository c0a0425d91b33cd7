# tags: nn errors
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = torch.randn(3, 4)
b = torch.randn(3, 5)
w = torch.randn(2, 4, 5)
attempt(lambda: F.bilinear(a, torch.randn(2, 3, 5), w))
attempt(lambda: F.bilinear(a, torch.randn(4, 5), w))
attempt(lambda: F.bilinear(torch.randn(3, 3), b, w))
attempt(lambda: F.bilinear(a, torch.randn(3, 4), w))
attempt(lambda: F.bilinear(a, b, w, torch.randn(3)))
attempt(lambda: F.group_norm(torch.randn(2, 4, 3), 3))
attempt(lambda: nn.GroupNorm(3, 4))
attempt(lambda: F.group_norm(torch.randn(4), 2))
attempt(lambda: F.group_norm(torch.randn(1, 4), 4))
attempt(lambda: F.group_norm(torch.randn(2, 4), 2, torch.ones(3)))
attempt(lambda: F.group_norm(torch.randn(2, 4), 2, None, torch.ones(2, 2)))
attempt(lambda: F.group_norm(torch.randn(2, 4), 0))
attempt(lambda: F.group_norm(torch.ones(2, 4, dtype=torch.long), 2))
attempt(lambda: F.normalize(torch.randn(3)))
attempt(lambda: F.normalize(torch.tensor([1, 2])))
