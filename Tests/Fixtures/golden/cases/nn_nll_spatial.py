# tags: nn ops autograd
import torch
import torch.nn.functional as F

torch.manual_seed(0)
# A segmentation-style loss: [N, C, H, W] scores, [N, H, W] labels.
scores = torch.randn(2, 3, 2, 2, requires_grad=True)
labels = torch.tensor([[[0, 1], [2, 1]], [[2, 2], [0, -100]]])
loss = F.cross_entropy(scores, labels)
print(loss, loss.grad_fn, loss.grad_fn.next_functions[0][0])
loss.backward()
print(scores.grad)
print(F.cross_entropy(scores, labels, reduction='none'))
print(F.cross_entropy(scores, labels, reduction='sum', weight=torch.tensor([1.0, 2.0, 0.5])))
print(F.nll_loss(scores.log_softmax(1), labels, reduction='none').grad_fn)

# A sequence-style loss: [N, C, T] scores, [N, T] labels (viewed as [N, C, 1, T]).
seq = torch.randn(2, 4, 3, requires_grad=True)
tags = torch.tensor([[0, 3, 1], [2, 2, 0]])
loss = F.cross_entropy(seq, tags)
print(loss, loss.grad_fn.next_functions[0][0], loss.grad_fn.next_functions[0][0].next_functions[0][0])
each = F.cross_entropy(seq, tags, reduction='none')
print(each, each.grad_fn, each.grad_fn.next_functions[0][0])
each.sum().backward()
print(seq.grad)
print(F.cross_entropy(seq, tags, label_smoothing=0.1))
print(torch.nn.CrossEntropyLoss(ignore_index=2)(seq, tags))
print(torch.nn.NLLLoss()(seq.log_softmax(1), tags))

# Five dimensions, and double backward through the 2-d loss.
x = torch.randn(2, 3, 2, 1, 2, dtype=torch.float64, requires_grad=True)
t = torch.tensor([[[[0, 1]], [[2, 0]]], [[[1, 1]], [[2, 2]]]])
out = F.nll_loss(x, t, reduction='none')
print(out.shape, out.grad_fn)
(g,) = torch.autograd.grad(F.nll_loss(x * x, t, reduction='sum'), x, create_graph=True)
print(g.grad_fn, g.grad_fn.next_functions)
print(torch.autograd.grad(g.sum(), x)[0].sum())
