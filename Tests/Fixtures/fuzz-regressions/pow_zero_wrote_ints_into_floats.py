import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = (x ** 1).mean()
z.backward()
print(torch.tensor([1.0, 2.0]).pow(0), torch.tensor([1.0], dtype=torch.float64) ** 0)
print(x.grad)
