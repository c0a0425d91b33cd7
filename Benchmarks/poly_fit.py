# 200 steps of fitting a cubic polynomial to 2,000 points with manual SGD.
import math
import time
import torch

torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 2000)
y = torch.sin(x)

def fit():
    a = torch.zeros((), requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    c = torch.zeros((), requires_grad=True)
    d = torch.zeros((), requires_grad=True)
    for t in range(200):
        y_pred = a + b * x + c * x ** 2 + d * x ** 3
        loss = (y_pred - y).pow(2).sum()
        loss.backward()
        with torch.no_grad():
            for p in [a, b, c, d]:
                p -= 1e-6 * p.grad
                p.grad = None
    return loss

best = 1e9
for trial in range(5):
    t0 = time.perf_counter()
    fit()
    best = min(best, time.perf_counter() - t0)
print(f"poly_fit: {best * 1e6:.1f} us")
