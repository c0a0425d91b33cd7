# tags: nn ops autograd
import torch
import torch.nn.functional as F
names = ['elu', 'selu', 'celu', 'silu', 'mish', 'softplus', 'hardtanh', 'relu6', 'hardsigmoid', 'hardswish', 'logsigmoid', 'softsign', 'tanhshrink']
for name in names:
    f = getattr(F, name)
    x = torch.tensor([-5.0, -3.0, -1.5, -0.25, 0.0, 0.5, 1.0, 3.0, 7.0], requires_grad=True)
    y = f(x)
    y.backward(torch.ones(9))
    print(name, y)
    print(x.grad)
