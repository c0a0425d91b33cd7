# tags: ops
import torch
a = torch.tensor([1.0, 2.0, float('inf'), float('nan'), 1e-9])
b = torch.tensor([1.0 + 1e-6, 2.1, float('inf'), float('nan'), 0.0])
print(torch.isclose(a, b))
print(torch.isclose(a, b, equal_nan=True))
print(a.isclose(b, rtol=0.1))
print(torch.allclose(torch.ones(3), torch.ones(3) + 1e-7))
print(torch.allclose(torch.ones(3), torch.ones(3) + 1e-3))
print(torch.ones(2).allclose(torch.ones(2) * 1.01, atol=0.02))
print(torch.isclose(torch.tensor([1, 2]), torch.tensor([1, 3])))
x = torch.linspace(0, 1, 5)
print(torch.allclose(x.sin() ** 2 + x.cos() ** 2, torch.ones(5)))
