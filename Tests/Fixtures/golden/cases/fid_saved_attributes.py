# tags: autograd fidelity saved
import torch
x = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
w = torch.tensor([1.0, -2.0, 0.25])
y = x * 2
print(y.grad_fn._saved_other, y.grad_fn._saved_self)
z = x * w
print(z.grad_fn._saved_self, z.grad_fn._saved_other)
print(z.grad_fn._saved_self is x, z.grad_fn._saved_other is w)
e = x.exp()
print(e.grad_fn._saved_result)
print(e.grad_fn._saved_result.equal(e))
p = x ** 2.5
print(p.grad_fn._saved_exponent, p.grad_fn._saved_self)
q = x ** 3
print(q.grad_fn._saved_exponent, type(q.grad_fn._saved_exponent))
r = 2 ** x
print(r.grad_fn._saved_self, r.grad_fn._saved_exponent, r.grad_fn._saved_result)
s = x ** w
print(s.grad_fn._saved_self, s.grad_fn._saved_exponent, s.grad_fn._saved_result)
print(x.tanh().grad_fn._saved_result, x.sin().grad_fn._saved_self)
print(x.sigmoid().grad_fn._saved_result, x.log().grad_fn._saved_self)
d = x / w
print(d.grad_fn._saved_self, d.grad_fn._saved_other)
m = torch.nn.functional.mse_loss(x, w)
print(m.grad_fn._saved_self, m.grad_fn._saved_target)
e.sum().backward()
try:
    print(e.grad_fn._saved_result)
except RuntimeError as err:
    print("RuntimeError:", err)
y.sum().backward()
try:
    print(y.grad_fn._saved_other)
except RuntimeError as err:
    print("RuntimeError:", str(err)[:49])
print(y.grad_fn._saved_self)
k = x * 2
k.sum().backward(retain_graph=True)
print(k.grad_fn._saved_other)
try:
    print(e.grad_fn._saved_nothing)
except AttributeError as err:
    print("AttributeError:", err)
