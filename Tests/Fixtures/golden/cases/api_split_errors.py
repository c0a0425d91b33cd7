# tags: errors
import torch
x = torch.arange(6)
try:
    x.chunk(0)
except RuntimeError as e:
    print(e)
try:
    x.split(0)
except RuntimeError as e:
    print(e)
x.split([2, 2])
