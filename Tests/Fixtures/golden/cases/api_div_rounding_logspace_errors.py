# tags: ops tensor-api errors
import torch

for call in [
    lambda: torch.tensor([5, -5]).div(0, rounding_mode='floor'),
    lambda: torch.tensor([5, -5]).div(0, rounding_mode='trunc'),
    lambda: torch.tensor([1.]).div(3, rounding_mode='x'),
    lambda: torch.tensor([True]).div(True, rounding_mode='floor'),
    lambda: torch.tensor([7]).div_(2),
    lambda: torch.logspace(0, 2, -1),
    lambda: torch.logspace(0, 2, 3, dtype=torch.bool),
    lambda: torch.logspace(torch.tensor([1., 2.]), 2, 3),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
x = torch.tensor([1., 2.], requires_grad=True)
q = x.div(torch.tensor([2., 3.]), rounding_mode='floor')
q.sum().backward()
q.sum().backward()
