# tags: training rng
import torch
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(11)
x = torch.randn(40, 3)
true_w = torch.tensor([1.5, -2.0, 0.5])
y = (x * true_w).sum(dim=1) + 0.1 * torch.randn(40)
loader = DataLoader(TensorDataset(x, y), batch_size=8, shuffle=True)
w = torch.zeros(3, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for epoch in range(5):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = (((xb * w).sum(dim=1) - yb) ** 2).mean()
        loss.backward()
        opt.step()
        total += loss.item()
    print(epoch, f"{total / len(loader):.6f}")
print(w)
