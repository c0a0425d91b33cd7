# tags: training rng
import torch

torch.manual_seed(9)
w = torch.randn(3, 4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
x = torch.randn(8, 3, 4)
y = torch.randn(8, 4)
opt = torch.optim.AdamW([w, b], lr=0.03, weight_decay=0.05, amsgrad=True)
for step in range(20):
    opt.zero_grad()
    pred = (x * w).sum(dim=1) + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 5 == 4:
        print(step, f"{loss.item():.6f}")
print(w)
print(b)
