# tags: nn ops autograd
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 2.0], [0.3, 0.3, 0.3], [2.0, 1.0, -1.0]], requires_grad=True)
target = torch.tensor([1, 2, 0, 0])
w = torch.tensor([0.2, 1.0, 3.0])
for red in ['mean', 'sum', 'none']:
    print(red, F.cross_entropy(logits, target, weight=w, reduction=red))
loss = F.cross_entropy(logits, target, weight=w, ignore_index=0)
print(loss)
loss.backward()
print(logits.grad)
print(F.nll_loss(logits.log_softmax(1), target, weight=w))
print(F.nll_loss(torch.tensor([-0.5, -1.0, -2.0]), torch.tensor(2), weight=w))
