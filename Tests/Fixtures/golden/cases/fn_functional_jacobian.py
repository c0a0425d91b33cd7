# tags: autograd higher
import torch
from torch.autograd.functional import jacobian, hessian

def f(x):
    return x ** 2 * torch.tensor([1.0, 2.0, 3.0])

x = torch.tensor([1.0, -1.0, 0.5])
print(jacobian(f, x))
print(jacobian(lambda a, b: a * b + b, (x, torch.tensor([2.0, 3.0, 4.0]))))
print(hessian(lambda v: (v ** 3).sum(), x))
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(jacobian(lambda m: m @ torch.tensor([1.0, -1.0]), w))
print(hessian(lambda a, b: (a * b).sum(), (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
