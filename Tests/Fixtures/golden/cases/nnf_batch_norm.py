# tags: nn ops autograd
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 4.0], [-1.0, 0.5, 0.0], [3.0, -2.0, 1.0], [0.0, 0.0, 2.0]], requires_grad=True)
rm = torch.zeros(3)
rv = torch.ones(3)
w = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
b = torch.tensor([0.0, 0.1, -0.2], requires_grad=True)
y = F.batch_norm(x, rm, rv, w, b, training=True, momentum=0.2)
print(y)
print(rm, rv)
print(y.grad_fn, y.grad_fn.next_functions)
(y * torch.arange(12.0).reshape(4, 3)).sum().backward()
print(x.grad)
print(w.grad, b.grad)
e = F.batch_norm(x, rm, rv, w, b)
print(e)
x.grad = None
e.sum().backward()
print(x.grad)
print(F.batch_norm(x, None, None, training=True))
