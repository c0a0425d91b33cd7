# tags: nn warn
import torch
import torch.nn.functional as F
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([0.0, 2.5, 1.0])
print(F.mse_loss(a, b, size_average=False))
print(F.l1_loss(a, b, reduce=False))
print(F.smooth_l1_loss(a, b, size_average=True, reduce=True))
print(F.cross_entropy(torch.tensor([[1.0, 2.0], [0.5, 0.1]]), torch.tensor([0, 1]), reduce=False))
