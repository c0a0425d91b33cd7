# tags: autograd hooks
import torch

x = torch.ones(2, requires_grad=True)
h = x.register_hook(lambda g: g * 2)
print(type(h).__name__, isinstance(h.id, int))
(x * 3).sum().backward()
print(x.grad)
h.remove()
h.remove()
x.grad = None
(x * 3).sum().backward()
print(x.grad)

y = x * 2
h2 = y.register_hook(lambda g: print('hook on y', g))
h3 = y.register_hook(lambda g: g + 1)
h2.remove()
y.sum().backward()
print(x.grad)

# A removed hook does not run in a later backward through a retained graph.
z = torch.tensor([1.0, 2.0], requires_grad=True)
w = z * z
seen = []
hw = w.register_hook(lambda g: seen.append(g.tolist()))
w.sum().backward(retain_graph=True)
hw.remove()
w.sum().backward()
print(seen, z.grad)
