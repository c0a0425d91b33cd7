# tags: nn rng ops autograd
import torch
import torch.nn.functional as F
torch.manual_seed(1)
x = torch.randn(5, requires_grad=True)
print(F.dropout(x, training=False) is x, F.dropout(x, p=0.0) is x)
print(F.dropout(x, p=1.0))
print(F.dropout(torch.ones(3), p=1.0))
y = x * 2
z = F.dropout(y, 0.5, inplace=True)
print(z is y, z)
z.sum().backward()
print(x.grad)
print(F.alpha_dropout(x, 0.3), F.alpha_dropout(x, 0.3, training=True))
print(F.alpha_dropout(torch.ones(8), 0.5, True))
print(torch.randn(2))
