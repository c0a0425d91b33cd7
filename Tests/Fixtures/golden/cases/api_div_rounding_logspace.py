# tags: ops tensor-api autograd
import torch

a = torch.tensor([5., -5., 7.5, -7.5, 0.0, -0.0, 1e30, 3.0])
for mode in ['floor', 'trunc', None]:
    print(mode, a.div(2, rounding_mode=mode), a.div(-2, rounding_mode=mode), torch.div(a, 0., rounding_mode=mode))
n = torch.tensor([5, -5, 7, -7, 0, -2**62])
print(n.div(2, rounding_mode='floor'), n.div(-2, rounding_mode='trunc'), n.div(torch.tensor(2.), rounding_mode='floor'))
print(n.div(-1, rounding_mode='trunc'), n.div(-1, rounding_mode='floor'))
print(torch.divide(n, 3, rounding_mode='trunc'), torch.true_divide(n, 4), n.true_divide(2))
print(torch.floor_divide(a, 2), a.floor_divide(-2), n.remainder(3), torch.remainder(a, 2.5))
c = torch.tensor([7.])
c.div_(2, rounding_mode='floor')
d = torch.tensor([7])
d.div_(2, rounding_mode='trunc')
print(c, d)
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = torch.tensor([2., 2., 4.], requires_grad=True)
for mode in ['floor', 'trunc', None]:
    x.grad = y.grad = None
    q = x.div(y, rounding_mode=mode)
    print(q, q.grad_fn, [f[0] for f in q.grad_fn.next_functions])
    (q * torch.tensor([1., 2., 3.])).sum().backward()
    print(x.grad, y.grad)
q = x.div(3, rounding_mode='floor')
q.sum().backward()
print(x.grad)
print(torch.logspace(0, 2, 3), torch.logspace(-1.5, 2.25, 7, base=3.0))
print(torch.logspace(0, 3, 4, dtype=torch.int64), torch.logspace(0, 3, 5, base=2, dtype=torch.int32))
print(torch.logspace(0, 2, 1), torch.logspace(0, 2, 0), torch.logspace(torch.tensor(1.), 2, 3))
print(torch.logspace(0.1, 7.3, 9, base=2.0, dtype=torch.float64).tolist())
print(torch.logspace(0, 400, 3), torch.logspace(0, 2, 3, requires_grad=True))
print(torch.logspace(5, -5, 6).tolist())
