# tags: training rng
import torch
from torch import nn


class Affine(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.w = nn.Parameter(torch.randn(n))
        self.b = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return (x * self.w).sum(dim=1) + self.b


torch.manual_seed(4)
model = Affine(3)
x = torch.randn(12, 3)
y = torch.randn(12)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True)
for step in range(20):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
print(loss.item())
print(model.w.tolist(), model.b.tolist())
print(opt.state_dict()["param_groups"][0]["params"])
named = torch.optim.Adam(model.named_parameters(), lr=0.01)
print(named.param_groups[0]["param_names"])
model.zero_grad()
print(model.w.grad)
