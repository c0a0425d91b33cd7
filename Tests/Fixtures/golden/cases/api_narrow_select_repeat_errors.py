# tags: ops tensor-api errors
import torch

t = torch.arange(12.).reshape(3, 4)
for call in [
    lambda: t.narrow(1, 5, 1),
    lambda: t.narrow(1, -5, 1),
    lambda: t.narrow(1, 1, 5),
    lambda: t.narrow(1, 1, -1),
    lambda: t.narrow(5, 0, 1),
    lambda: t.select(0, 5),
    lambda: t.select(0, -4),
    lambda: t.select(2, 0),
    lambda: torch.tensor(1.).select(0, 0),
    lambda: t.repeat(2),
    lambda: t.repeat(-1, 2),
    lambda: t.repeat(),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
t.narrow(0, 2, 2)
