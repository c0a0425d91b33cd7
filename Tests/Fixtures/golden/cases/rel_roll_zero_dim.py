# tags: ops errors
import torch

for shifts, dims in [(2**63 - 1, -1), (1, 0), (1, 1), (1, -2)]:
    try:
        print(torch.tensor(7.0).roll(shifts, dims))
    except IndexError as e:
        print(type(e).__name__, e)
print(torch.tensor(7.0).roll(3), torch.tensor([1, 2, 3]).roll(2**63 - 1, 0))
