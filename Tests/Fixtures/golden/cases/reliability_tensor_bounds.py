# tags: ops
import torch
print(torch.arange(0, 2**53 + 3, 2**52), torch.arange(2**53, 2**53 + 5).tolist())
print(torch.arange(-2**62, 2**62 - 2**61, 2**61), torch.arange(10, 0, -3), torch.arange(0, 10, 3, dtype=torch.int64))
print(torch.ones(3).sum(dim=[]), torch.ones(2, 3).sum(dim=[], keepdim=True), torch.ones(2, 3).mean(dim=()))
print(torch.ones(2, 3).amax(dim=[]), torch.ones(2, 3).std(dim=[]), torch.ones(2, 3).var(dim=()))
print(torch.arange(10)[::2**62], torch.arange(10)[3::2**63 - 1], torch.arange(10)[2**62::2**62])
print(torch.zeros(2**62, 0, 4).sum(), torch.zeros(2**62, 0, 4).shape, torch.zeros(0, 2**62)[:, ::3].shape)
print(torch.empty(3).uniform_(1, 1), torch.empty(2).normal_(5, 0))
for make in [
    lambda: torch.arange(-2**62, 2**62, 2**61),
    lambda: torch.zeros(0, 2**62, 4),
    lambda: torch.empty(3).uniform_(1, 0),
    lambda: torch.empty(3).uniform_(0.5, 0.25),
    lambda: torch.empty(3).uniform_(float('inf'), 0),
    lambda: torch.empty(3, dtype=torch.float64).uniform_(-1e308, 1e308),
    lambda: torch.empty(3).normal_(0, -1),
    lambda: torch.empty(3).normal_(0, -1.5),
    lambda: torch.randint(0, 10, (3,), dtype=torch.bool),
    lambda: torch.randint(-1, 1, (3,), dtype=torch.bool),
    lambda: torch.randint(0, 2**40, (3,), dtype=torch.int32),
]:
    try:
        print(make())
    except RuntimeError as e:
        print(type(e), e)
