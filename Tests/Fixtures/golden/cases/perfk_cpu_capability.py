# tags: ops
import torch
print(torch.backends.cpu.get_cpu_capability() in ("AVX512", "AVX2", "DEFAULT"))
for c in [lambda: torch.backends.cpu.get_cpu_capability(1), lambda: torch.backends.cpu.get_cpu_capability(1, 2), lambda: torch.backends.cpu.get_cpu_capability(x=1)]:
    try: c()
    except TypeError as e: print(e)
