# tags: nn ops autograd rng
import torch
import torch.nn.functional as F
torch.manual_seed(0)
w = torch.randn(4, 3, requires_grad=True)
b = torch.randn(4, requires_grad=True)
for shape in [(3,), (2, 3), (2, 2, 3)]:
    x = torch.randn(*shape, requires_grad=True)
    y = F.linear(x, w, b)
    print(shape, y.shape, y.grad_fn, y.grad_fn.next_functions)
    z = F.linear(x, w)
    print(z.grad_fn, z.grad_fn.next_functions)
x = torch.randn(2, 3)
y = F.linear(x, w, b)
print(y.grad_fn.next_functions)
y = F.linear(x.requires_grad_(), w.detach(), b.detach())
print(y.grad_fn.next_functions)
