# A small op on a 2x2 tensor that requires grad: the per-operation overhead.
import time
import torch

x = torch.ones(2, 2, requires_grad=True)

def run(n):
    for i in range(n):
        y = x + 2

best = 1e9
for trial in range(5):
    t0 = time.perf_counter()
    run(20000)
    best = min(best, (time.perf_counter() - t0) / 20000)
print(f"small_op: {best * 1e6:.3f} us")
