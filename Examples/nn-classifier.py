# A small classifier: an nn.Module trained with torch.optim on seeded synthetic data.
# Runs unchanged under python3 + torch and under wick; both print the same numbers.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)

# Two interleaved spirals, 2-D points with labels 0 and 1.
n = 100
t = torch.linspace(0.25, 3 * math.pi, n)
noise = 0.1
a = torch.stack([t * torch.cos(t), t * torch.sin(t)], dim=1) / 10 + noise * torch.randn(n, 2)
b = torch.stack([-t * torch.cos(t), -t * torch.sin(t)], dim=1) / 10 + noise * torch.randn(n, 2)
x = torch.cat([a, b])
y = torch.cat([torch.zeros(n, dtype=torch.long), torch.ones(n, dtype=torch.long)])


class SpiralNet(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(2, hidden),
            nn.Tanh(),
            nn.Linear(hidden, hidden),
            nn.Tanh(),
            nn.Linear(hidden, 2),
        )

    def forward(self, x):
        return self.layers(x)


model = SpiralNet()
print(model)
print("parameters:", sum(p.numel() for p in model.parameters()))

loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

for epoch in range(301):
    logits = model(x)
    loss = loss_fn(logits, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 50 == 0:
        accuracy = (logits.argmax(dim=1) == y).float().mean()
        print(f"epoch {epoch:3d}  loss {loss.item():.4f}  accuracy {accuracy.item():.3f}")


print(model.layers[0].bias[:4])
