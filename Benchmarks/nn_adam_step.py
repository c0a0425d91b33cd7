# One training step of a 64x784 -> 128 -> 10 nn.Sequential with CrossEntropyLoss and Adam.
import time
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(64, 784)
target = torch.randint(0, 10, (64,))
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.001)

def step():
    optimizer.zero_grad()
    loss = loss_fn(model(x), target)
    loss.backward()
    optimizer.step()
    return loss

best = 1e9
for trial in range(5):
    t0 = time.perf_counter()
    for i in range(20):
        step()
    best = min(best, (time.perf_counter() - t0) / 20)
print(f"nn_adam_step: {best * 1e6:.1f} us")
