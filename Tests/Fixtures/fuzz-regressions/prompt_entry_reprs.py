>import torch
x = [torch.ones(2), 1.5, "s", (1,), {1: [2]}]
x.append(x)
x
torch.ones(3, requires_grad=True) * 2
range(3)
x.clear()
None
