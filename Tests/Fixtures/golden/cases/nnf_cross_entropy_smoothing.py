# tags: nn ops autograd
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 2.0], [0.3, 0.3, 0.3]], requires_grad=True)
target = torch.tensor([1, -100, 0])
loss = F.cross_entropy(logits, target, label_smoothing=0.1)
print(loss, loss.grad_fn, loss.grad_fn.next_functions)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, target, label_smoothing=0.2, reduction='none'))
print(F.cross_entropy(logits, target, label_smoothing=0.2, reduction='sum'))
print(F.cross_entropy(logits, torch.tensor([1, 2, 0]), weight=torch.tensor([1.0, 2.0, 0.5]), label_smoothing=0.3))
