# tags: nn ops autograd
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 2.0]], requires_grad=True)
probs = torch.tensor([[0.2, 0.7, 0.1], [0.0, 0.5, 0.5]])
loss = F.cross_entropy(logits, probs)
print(loss, loss.grad_fn, loss.grad_fn.next_functions)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, probs, reduction='none'), F.cross_entropy(logits, probs, reduction='sum'))
print(F.cross_entropy(logits, probs, weight=torch.tensor([1.0, 0.5, 2.0])))
print(F.cross_entropy(logits, probs, label_smoothing=0.25))
print(F.cross_entropy(torch.tensor([1.0, 2.0]), torch.tensor([0.5, 0.5])))
