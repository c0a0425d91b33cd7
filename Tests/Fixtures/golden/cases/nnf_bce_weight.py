# tags: nn ops autograd
import torch
import torch.nn.functional as F
p = torch.tensor([[0.9, 0.2, 0.6], [0.3, 0.5, 0.99]], requires_grad=True)
y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
w = torch.tensor([0.5, 2.0, 1.0])
loss = F.binary_cross_entropy(p, y, weight=w)
print(loss)
loss.backward()
print(p.grad)
print(F.binary_cross_entropy(p, y, weight=w, reduction='none'))
z = torch.tensor([[1.5, -0.5, 0.2], [-2.0, 0.0, 3.0]], requires_grad=True)
pw = torch.tensor([2.0, 0.5, 1.0])
l2 = F.binary_cross_entropy_with_logits(z, y, weight=w, pos_weight=pw)
print(l2)
l2.backward()
print(z.grad)
print(F.binary_cross_entropy_with_logits(z, y, pos_weight=pw, reduction='none'))
print(F.binary_cross_entropy_with_logits(z, y, weight=w, reduction='sum'))
