# tags: rng reduction fidelity
import torch
torch.manual_seed(0)
for dtype in [torch.float32, torch.float64]:
    a = torch.rand(37, 50, dtype=dtype) + 0.5
    print(a.prod().item(), a.t().prod().item(), a[:, ::2].prod().item())
    print(a.prod(0)[:4].tolist(), a.t().prod(1)[:4].tolist(), a.prod(1)[:4].tolist())
    b = torch.rand(6, 70, 3, dtype=dtype) + 0.5
    print(b.prod(1)[0].tolist(), b.permute(2, 0, 1).prod(2)[0, :3].tolist())
    c = torch.randn(41, 60, dtype=dtype)
    print(c.var().item(), c.t().var().item(), c[:, ::3].std().item(), c[:, :1].var(0).tolist())
    print(c.var(0)[:3].tolist(), c.t().std(1)[:3].tolist(), c.var(1, unbiased=False)[:3].tolist())
    d = torch.randn(5, 17, 9, dtype=dtype).permute(1, 2, 0)
    print(d.var().item(), d.std().item(), d.norm().item())
    print(c.norm().item(), c.t().norm().item(), c[:, ::2].norm().item(), c[0, :9].norm().item())
    print(torch.randn(9, dtype=dtype).norm().item(), torch.randn(2, 3, dtype=dtype)[:, 1:].norm().item())
for n in [1, 4, 6, 12, 13, 30, 62]:
    e = torch.randn(n) * 4.0
    print(n, e.norm().item(), e.double().norm().item(), e[: n // 2 + 1].norm().item())
print(torch.tensor([1e30]).norm().item(), torch.tensor([[-3.0]]).norm().item(), torch.tensor(-2.5).norm().item())
