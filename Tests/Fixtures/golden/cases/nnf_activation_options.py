# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([[-2.0, -0.5, 0.0], [0.25, 1.5, 30.0]], dtype=torch.float64, requires_grad=True)
print(F.elu(x, alpha=0.5))
print(F.celu(x, alpha=2.0))
print(F.softplus(x, beta=2, threshold=5))
print(F.hardtanh(x, min_val=-0.5, max_val=1.0))
print(F.leaky_relu(x, 0.2))
y = F.softplus(x, beta=0.5, threshold=3) + F.elu(x, 2.0)
y.sum().backward()
print(x.grad)
print(torch.selu(x), torch.celu(x, 1.5))
print(F.softmin(x, dim=1))
print(F.softmin(x, dim=0, dtype=torch.float32))
