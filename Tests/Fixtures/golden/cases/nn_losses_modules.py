# tags: nn
import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 3.0]], requires_grad=True)
target = torch.tensor([1, 2])
for loss_fn in [nn.CrossEntropyLoss(), nn.CrossEntropyLoss(label_smoothing=0.1), nn.CrossEntropyLoss(reduction='sum'),
                nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5])), nn.CrossEntropyLoss(ignore_index=2)]:
    loss = loss_fn(logits, target)
    print(loss_fn, loss)
print(nn.NLLLoss()(torch.log_softmax(logits, dim=1), target))
pred = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = torch.tensor([1.0, 0.0, 2.5])
for loss_fn in [nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(), nn.HuberLoss(delta=0.5), nn.MSELoss(reduction='none')]:
    print(loss_fn, loss_fn(pred, y))
p = torch.tensor([0.2, 0.9, 0.6], requires_grad=True)
t = torch.tensor([0.0, 1.0, 1.0])
print(nn.BCELoss()(p, t))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))(pred, t))
print(nn.KLDivLoss(reduction='batchmean')(torch.log_softmax(logits, dim=1), torch.softmax(logits.detach() * 2, dim=1)))
l = nn.MSELoss(size_average=False)
print(l.reduction)
