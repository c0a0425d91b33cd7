# tags: nn hooks
import torch
from torch import nn

torch.manual_seed(0)
lin = nn.Linear(3, 2)
def hook(m, gi, go):
    print('hook', type(m).__name__, len(gi), [None if g is None else tuple(g.shape) for g in gi], [tuple(g.shape) for g in go])
h = lin.register_backward_hook(hook)
print(type(h).__name__)
x = torch.randn(4, 3)
lin(x).sum().backward()
x2 = torch.randn(4, 3, requires_grad=True)
lin(x2).sum().backward()
print(x2.grad)
h.remove()
lin(x2).sum().backward()
for module, register in [(lin, 'register_full_backward_hook'), (nn.Linear(3, 2), 'register_backward_hook')]:
    if register == 'register_backward_hook':
        module.register_full_backward_hook(hook)
    try:
        getattr(module, register)(hook)
    except RuntimeError as e:
        print('RuntimeError', e)
r = nn.ReLU()
r.register_backward_hook(lambda m, gi, go: (gi[0] * 0,))
z = torch.randn(5, requires_grad=True)
r(z).sum().backward()
print(z.grad)
s = nn.Sequential(nn.Linear(3, 3), nn.Tanh())
s.register_backward_hook(hook)
s(x2).sum().backward()
