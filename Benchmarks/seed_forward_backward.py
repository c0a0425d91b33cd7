# The seed notebook's forward and backward: y = x + 2; z = y * y * 3; out = z.mean(); out.backward().
import time
import torch

def step():
    x = torch.ones(2, 2, requires_grad=True)
    y = x + 2
    z = y * y * 3
    out = z.mean()
    out.backward()
    return x.grad

best = 1e9
for trial in range(5):
    t0 = time.perf_counter()
    for i in range(5000):
        step()
    best = min(best, (time.perf_counter() - t0) / 5000)
print(f"seed_forward_backward: {best * 1e6:.3f} us")
