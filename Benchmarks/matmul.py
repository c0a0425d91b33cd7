# Matrix products of 128x128 and 512x512 float32 matrices.
import time
import torch

torch.manual_seed(0)
a = torch.randn(128, 128)
b = torch.randn(128, 128)
c = torch.randn(512, 512)
d = torch.randn(512, 512)

def best_of_5(fn, n):
    best = 1e9
    for trial in range(5):
        t0 = time.perf_counter()
        for i in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best

print(f"matmul_128: {best_of_5(lambda: a @ b, 200) * 1e6:.1f} us")
print(f"matmul_512: {best_of_5(lambda: c @ d, 10) * 1e6:.1f} us")
