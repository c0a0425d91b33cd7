# tags: nn
import torch
import torch.nn as nn

class Scale(nn.Module):
    def forward(self, x, factor):
        return x * factor, x.sum()

m = Scale()
seen = []
def hook(module, grad_input, grad_output):
    seen.append((type(module).__name__, grad_input, grad_output))
def pre(module, grad_output):
    seen.append(('pre', grad_output))
h = m.register_full_backward_hook(hook)
m.register_full_backward_pre_hook(pre)
x = torch.tensor([1.0, 2.0], requires_grad=True)
a, s = m(x, 3.0)
print(a.grad_fn.name(), s.grad_fn.name())
(a.sum() + s).backward()
for item in seen:
    print(item)
print(x.grad)

def double(module, grad_input, grad_output):
    return (grad_input[0] * 2, None)
h.remove()
m.register_full_backward_hook(double)
seen.clear()
x.grad = None
a, s = m(x, 3.0)
a.sum().backward()
print(x.grad, len(seen))
