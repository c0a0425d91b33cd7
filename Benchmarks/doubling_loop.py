# The seed's doubling loop with backward through the whole chain.
import time
import torch

torch.manual_seed(0)
x0 = torch.randn(3)

def step():
    x = x0.clone().requires_grad_(True)
    y = x * 2
    while y.data.norm() < 1000:
        y = y * 2
    y.backward(torch.tensor([0.1, 1.0, 0.0001]))
    return x.grad

best = 1e9
for trial in range(5):
    t0 = time.perf_counter()
    for i in range(2000):
        step()
    best = min(best, (time.perf_counter() - t0) / 2000)
print(f"doubling_loop: {best * 1e6:.3f} us")
