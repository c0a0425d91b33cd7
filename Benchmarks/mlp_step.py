# One SGD step of a 64x784 -> 128 -> 10 MLP with ReLU and cross-entropy.
import time
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(64, 784)
target = torch.randint(0, 10, (64,))
w1 = (torch.randn(784, 128) * 0.05).requires_grad_()
b1 = torch.zeros(128, requires_grad=True)
w2 = (torch.randn(128, 10) * 0.05).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)

def step():
    h = F.relu(x @ w1 + b1)
    loss = F.cross_entropy(h @ w2 + b2, target)
    loss.backward()
    with torch.no_grad():
        for p in [w1, b1, w2, b2]:
            p -= 0.1 * p.grad
            p.grad = None
    return loss

best = 1e9
for trial in range(5):
    t0 = time.perf_counter()
    for i in range(20):
        step()
    best = min(best, (time.perf_counter() - t0) / 20)
print(f"mlp_step: {best * 1e6:.1f} us")
