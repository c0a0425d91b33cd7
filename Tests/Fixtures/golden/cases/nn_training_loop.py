# tags: nn rng
import torch
import torch.nn as nn

torch.manual_seed(42)
x = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 3 * x ** 2 - x + 0.5

class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(1, 8)
        self.act = nn.Tanh()
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.act(self.hidden(x)))

model = MLP()
loss_fn = nn.MSELoss()
lr = 0.1
for step in range(30):
    pred = model(x)
    loss = loss_fn(pred, y)
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= lr * p.grad
    if step % 5 == 0:
        print(step, loss.item())
print(model)
print(loss.grad_fn)
print(model.out.bias)
