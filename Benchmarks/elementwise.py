# Elementwise add and exp, and a sum, on 2^20 floats.
import time
import torch

torch.manual_seed(0)
a = torch.rand(1048576)
b = torch.rand(1048576)

def best_of_5(fn, n):
    best = 1e9
    for trial in range(5):
        t0 = time.perf_counter()
        for i in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best

print(f"add_1M: {best_of_5(lambda: a + b, 50) * 1e6:.1f} us")
print(f"exp_1M: {best_of_5(lambda: a.exp(), 50) * 1e6:.1f} us")
print(f"sum_1M: {best_of_5(lambda: a.sum(), 50) * 1e6:.1f} us")
