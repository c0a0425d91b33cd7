# tags: nn ops autograd
import torch
import torch.nn.functional as F
for name, f in [('relu', F.relu), ('elu', F.elu), ('selu', F.selu), ('celu', F.celu), ('hardtanh', F.hardtanh), ('relu6', F.relu6), ('hardsigmoid', F.hardsigmoid), ('hardswish', F.hardswish), ('silu', F.silu), ('mish', F.mish), ('leaky_relu', F.leaky_relu)]:
    x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
    y = x * 1
    z = f(y, inplace=True)
    z.sum().backward()
    print(name, z is y, z, x.grad)
a = torch.tensor([-1.0, 1.0], requires_grad=True)
b = a + 0
F.elu_(b)
print(b)
c = a + 0
torch.selu_(c)
print(c)
d = a + 0
F.hardtanh_(d, -0.5, 0.5)
print(d)
e = torch.tensor([-3, 0, 4, 9])
print(F.hardtanh(e), F.relu6(e))
