# tags: training rng
import torch

torch.manual_seed(3)
w = torch.randn(3, 4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
x = torch.randn(8, 3, 4)
y = torch.randn(8, 4)
opt = torch.optim.SGD([w, b], lr=0.01, momentum=0.5, maximize=True)
for step in range(20):
    opt.zero_grad()
    pred = (x * w).sum(dim=1) + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 5 == 4:
        print(step, loss.item())
print(w.tolist())
print(b.tolist())
