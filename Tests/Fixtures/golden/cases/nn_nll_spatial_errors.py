# tags: nn errors
import torch
import torch.nn.functional as F


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


x4 = torch.randn(2, 3, 2, 2)
x3 = torch.randn(2, 3, 4)
attempt(lambda: F.nll_loss(x4, torch.zeros(2, 2, dtype=torch.long)))
attempt(lambda: F.nll_loss(x4, torch.zeros(2, 2, 3, dtype=torch.long)))
attempt(lambda: F.nll_loss(x3, torch.zeros(2, 5, dtype=torch.long)))
attempt(lambda: F.nll_loss(x3, torch.zeros(3, 4, dtype=torch.long)))
attempt(lambda: F.nll_loss(x3, torch.full((2, 4), 3)))
attempt(lambda: F.nll_loss(torch.tensor(1.0), torch.tensor(0)))
attempt(lambda: F.cross_entropy(x3, torch.zeros(2, 5, dtype=torch.long)))
attempt(lambda: F.nll_loss(torch.randn(2, 3, 4, 5, 6), torch.zeros(2, 4, 5, 6, dtype=torch.long), reduction='none').shape)
attempt(lambda: F.nll_loss(torch.randn(2, 3, 0), torch.zeros(2, 0, dtype=torch.long)))
attempt(lambda: F.nll_loss(torch.randn(2, 3, 0), torch.zeros(2, 0, dtype=torch.long), reduction='sum'))
attempt(lambda: F.nll_loss(torch.randn(2, 3, 0, 2), torch.zeros(2, 0, 2, dtype=torch.long), reduction='none'))
attempt(lambda: F.nll_loss(x3, torch.zeros(2, 4, dtype=torch.int32)))
attempt(lambda: F.nll_loss(torch.tensor([-1.0, -2.0, -3.0]), torch.tensor([1])))
attempt(lambda: F.nll_loss(torch.tensor([-1.0, -2.0, -3.0]), torch.tensor([0, 1, 2])))
