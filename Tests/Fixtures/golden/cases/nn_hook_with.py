# tags: nn hooks
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(2, 1)
calls = []
with layer.register_forward_hook(lambda m, i, o: calls.append(o.shape)) as handle:
    print(type(handle).__name__)
    layer(torch.ones(3, 2))
layer(torch.ones(4, 2))
print(calls)
x = torch.ones(2, requires_grad=True)
with x.register_hook(lambda g: g * 10):
    (x * 2).sum().backward()
print(x.grad)
x.grad = None
(x * 2).sum().backward()
print(x.grad)
