# tags: ops tensor-api errors
import torch

x = torch.randn(2, 3)
for call in [
    lambda: torch.randn(2, 2, 2).trace(),
    lambda: x.masked_select(torch.tensor([1, 0, 1])),
    lambda: x.masked_select(torch.tensor([True, False])),
    lambda: x.take(torch.tensor([6])),
    lambda: x.take(torch.tensor([-7])),
    lambda: x.take(torch.tensor([1.])),
    lambda: x.movedim((0, 1), (0,)),
    lambda: torch.tensor([[True]]).trace(),
    lambda: x.movedim((0, 0), (0, 1)),
    lambda: x.movedim(2, 0),
    lambda: torch.tensor(1.).diff(),
    lambda: x.diff(n=-1),
    lambda: x.diff(prepend=torch.tensor(1.)),
    lambda: torch.meshgrid(torch.tensor([1]), torch.tensor([1.]), indexing='ij'),
    lambda: torch.meshgrid(torch.tensor([1]), indexing='ab'),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
torch.randn(2, 2, 2).movedim(3, 0)
