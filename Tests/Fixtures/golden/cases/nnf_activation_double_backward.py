# tags: nn higher autograd
import torch
import torch.nn.functional as F
for name in ['elu', 'gelu', 'softplus', 'logsigmoid', 'silu', 'mish', 'hardtanh', 'hardswish', 'celu']:
    f = getattr(F, name)
    x = torch.tensor([-1.2, 0.4, 0.9], dtype=torch.float64, requires_grad=True)
    g, = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    print(name, g)
    if g.grad_fn is not None:
        h, = torch.autograd.grad(g.sum(), x)
        print(h)
