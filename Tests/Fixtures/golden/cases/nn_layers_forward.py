# tags: nn rng
import torch
import torch.nn as nn

torch.manual_seed(7)
x = torch.randn(4, 3)
bn = nn.BatchNorm1d(3)
out = bn(x)
print(out)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(x))
ln = nn.LayerNorm(3)
print(ln(x))
emb = nn.Embedding(5, 2, padding_idx=0)
print(emb.weight)
print(emb(torch.tensor([[0, 2], [4, 1]])))
drop = nn.Dropout(0.5)
print(drop(torch.ones(8)))
drop.eval()
print(drop(torch.ones(8)))
flat = nn.Flatten()
print(flat(torch.ones(2, 3, 4)).shape)
for act in [nn.ReLU(), nn.LeakyReLU(0.1), nn.ELU(), nn.GELU(), nn.SiLU(), nn.Sigmoid(), nn.Tanh(), nn.Softplus(), nn.Softmax(dim=0), nn.LogSoftmax(dim=0)]:
    print(type(act).__name__, act(torch.tensor([-1.0, 0.0, 2.0])))
