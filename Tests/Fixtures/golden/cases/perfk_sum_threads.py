# tags: ops rng
import torch

# ATen sums a tensor to one value in two passes when it has more than one thread and at least
# 32768 elements: one partial cascade sum per thread's range, then the partials. The bits depend
# on the thread count, for contiguous and strided inputs alike; sums over a dimension do not.
torch.manual_seed(0)
flat = torch.randn(1000003) * 100 + 3
wide = torch.randn(300, 517) * 10
cube = torch.randn(40, 33, 29)
double = torch.randn(70001, dtype=torch.float64) * 1e6
small = torch.randn(32768) * 100
for threads in [1, 2, 3, 4]:
    torch.set_num_threads(threads)
    print(threads, flat.sum().item(), flat.mean().item(), wide.t().sum().item(), wide[:, 1:].sum().item())
    print(threads, cube.permute(2, 0, 1).sum().item(), double.sum().item(), small.sum().item())
    print(threads, wide.sum(0)[:3].tolist(), wide.t().sum(1)[:3].tolist())
