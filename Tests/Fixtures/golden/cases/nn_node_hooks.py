# tags: autograd hooks
import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
w = torch.tensor([0.5, -1., 2.], requires_grad=True)
y = x * w
z = y.sum()
calls = []
def post(grad_inputs, grad_outputs):
    calls.append('post')
    print('post', grad_inputs, grad_outputs)
def pre(grad_outputs):
    calls.append('pre')
    print('pre', grad_outputs)
    return (grad_outputs[0] * 2,)
h1 = y.grad_fn.register_hook(post)
h2 = y.grad_fn.register_prehook(pre)
y.register_hook(lambda g: print('tensor hook', g))
print(type(h1).__name__, type(h2).__name__)
z.backward(retain_graph=True)
print(x.grad, w.grad, calls)
h2.remove()
x.grad = None
y.grad_fn.register_hook(lambda gi, go: (gi[0] * 0, gi[1]))
z.backward()
print(x.grad, w.grad)
a = torch.tensor(2., requires_grad=True)
b = a.exp()
b.grad_fn.register_hook(lambda gi, go: None)
b.backward()
print(a.grad)
c = a * 3
c.grad_fn.register_hook(lambda gi, go: (gi[0], gi[1], gi[0]))
try:
    c.backward()
except RuntimeError as e:
    print('RuntimeError', e)
d = a * 3
d.grad_fn.register_prehook(lambda go: go[0])
d.backward()
