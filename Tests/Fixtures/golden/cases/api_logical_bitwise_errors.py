# tags: ops tensor-api errors
import torch

f = torch.tensor([1.5, 2.0])
i = torch.tensor([1, 2])
b = torch.tensor([True, False])
for call in [
    lambda: f & 1,
    lambda: i & 1.5,
    lambda: f << 1,
    lambda: b << b,
    lambda: ~f,
    lambda: torch.bitwise_not(f),
    lambda: torch.bitwise_and(i, 2.0),
    lambda: i.logical_xor(1),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
m = torch.tensor([True, False])
m |= 2
