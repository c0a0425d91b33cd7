# tags: rng
import torch
torch.manual_seed(0)
print(torch.randint(0, 10, (5,), dtype=torch.float32))
print(torch.randint(-5, 5, (2, 3), dtype=torch.float64))
print(torch.randint(0, 2, (6,), dtype=torch.bool))
print(torch.randint(0, 100, (4,), dtype=torch.int32))
print(torch.randint(10, (3,)))
