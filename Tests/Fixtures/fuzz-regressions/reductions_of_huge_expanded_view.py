import torch
x = torch.ones(1).expand(2**61, 2)
refused = 0
for f in [lambda: x.max(), lambda: x.std(), lambda: x.amax(0), lambda: x.var(1), lambda: x.argmax(), lambda: x.prod(),
          lambda: x.nonzero(), lambda: 1.0 in x, lambda: x.equal(x), lambda: x[x > 0], lambda: x.tolist(), lambda: x.sum()]:
    try:
        f()
    except (RuntimeError, MemoryError) as e:
        refused += str(e).startswith("Wick's memory limit (256.00 MiB, --max-memory) is exceeded")
print(refused)
