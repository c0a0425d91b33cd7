# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([-2.5, -1.0, -0.1, 0.0, 0.3, 1.0, 2.0, 3.5], requires_grad=True)
y = F.gelu(x)
print(y)
y.sum().backward()
print(x.grad)
x.grad = None
t = F.gelu(x, approximate='tanh')
print(t)
t.sum().backward()
print(x.grad)
d = torch.tensor([-1.5, 0.5, 2.0], dtype=torch.float64, requires_grad=True)
print(F.gelu(d), F.gelu(d, approximate='tanh'))
