# tags: ops
import torch
print(torch.tensor(3) in [1, 2, 3], torch.tensor(5) in [1, 2], 2 in [torch.tensor(1), torch.tensor(2)])
print(torch.tensor(2.0) in (1, 2.0), [torch.tensor(1)] == [1], (torch.tensor(1), 2) == (1, 2))
print([1, 2].index(torch.tensor(2)), [torch.tensor(1), torch.tensor(1)].count(1))
try:
    print(torch.tensor([1, 2]) in [1, 2])
except RuntimeError as e:
    print(type(e), e)
