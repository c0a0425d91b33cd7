# tags: ops print
import torch
print(torch.get_default_dtype())
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype())
a = torch.tensor([1.5, 2.0])
print(a, a.dtype)
print(torch.ones(2), torch.zeros(2).dtype, torch.arange(0.0, 1.0, 0.5).dtype)
print(torch.tensor([1, 2]) / 2)
print(torch.tensor([1, 2]) * 1.5)
f = torch.ones(2, dtype=torch.float32)
print(f)
print(torch.full((2,), 0.1), torch.linspace(0, 1, 3))
print(torch.tensor(3.0) * 2)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5]), torch.get_default_dtype())
try:
    torch.set_default_dtype(torch.int64)
except TypeError as e:
    print(e)
