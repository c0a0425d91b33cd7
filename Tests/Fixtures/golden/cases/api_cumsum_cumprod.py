# tags: ops
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
c = x.cumsum(dim=1)
print(c, torch.cumsum(x, 0), sep="\n")
(c * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
x.grad = None
p = x.cumprod(1)
print(p)
p.sum().backward()
print(x.grad)
z = torch.tensor([2.0, 0.0, 3.0, 4.0], requires_grad=True)
z.cumprod(0).sum().backward()
print(z.grad)
print(torch.tensor([1, 2, 3]).cumsum(0), torch.tensor([True, True, False]).cumsum(0))
print(torch.arange(1, 6).cumprod(0), torch.tensor([1, 2]).cumsum(0, dtype=torch.float64))
print(torch.tensor([0.1] * 10).cumsum(0)[-1].item())
