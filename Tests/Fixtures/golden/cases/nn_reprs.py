# tags: nn
import torch
import torch.nn as nn
from collections import OrderedDict

print(nn.ReLU(), nn.ReLU(inplace=True), nn.LeakyReLU(), nn.LeakyReLU(0.2, inplace=True))
print(nn.ELU(), nn.GELU(), nn.GELU(approximate='tanh'), nn.SiLU(), nn.Sigmoid(), nn.Tanh())
print(nn.Softmax(dim=1), nn.LogSoftmax(dim=-1), nn.Softplus(), nn.Softplus(beta=2, threshold=10))
print(nn.Identity(), nn.Flatten(), nn.Unflatten(1, (2, 5)), nn.Dropout(), nn.Dropout(0.2))
print(nn.MSELoss(), nn.L1Loss(), nn.CrossEntropyLoss(), nn.NLLLoss(), nn.BCELoss(), nn.BCEWithLogitsLoss())
print(nn.SmoothL1Loss(), nn.HuberLoss(), nn.KLDivLoss(reduction='batchmean'))
print(nn.BatchNorm1d(10), nn.LayerNorm(8), nn.LayerNorm([2, 3], elementwise_affine=False))
print(nn.Embedding(10, 3), nn.Embedding(10, 3, padding_idx=0))
print(nn.Bilinear(2, 3, 4))
seq = nn.Sequential(OrderedDict([('fc1', nn.Linear(2, 8)), ('act', nn.Tanh()), ('out', nn.Linear(8, 1))]))
print(seq)
print(seq.fc1)
nested = nn.Sequential(nn.Sequential(nn.Linear(1, 1), nn.ReLU()), nn.ModuleList([nn.Linear(2, 2) for _ in range(3)]))
print(nested)
md = nn.ModuleDict({'a': nn.ReLU(), 'b': nn.Linear(1, 2)})
print(md)
print(list(md.keys()), len(md), 'a' in md)
pl = nn.ParameterList([nn.Parameter(torch.ones(2, 3)), nn.Parameter(torch.zeros(4))])
print(pl)
print(nn.ModuleList())
print(nn.Sequential())
class WithExtra(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
    def extra_repr(self):
        return 'custom=1\nsecond line'
print(WithExtra())
print(type(nn.Linear(1, 1)), type(nn.ReLU()), type(nn.MSELoss()), type(nn.Sequential()))
