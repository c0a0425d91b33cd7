# tags: ops
import torch
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
print(x.flip(0), x.flip(1), torch.flip(x, [0, 1]), sep="\n")
print(x.flip(-1, 0))
y = x.roll(1)
print(y)
print(x.roll(1, 1), torch.roll(x, shifts=(1, -1), dims=(0, 1)), sep="\n")
(x.flip(1) * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
x.grad = None
(x.roll(-1, 1) * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
print(torch.arange(5).roll(7), torch.arange(4).flip(0))
