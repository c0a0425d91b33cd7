# tags: lang decorators autograd
import torch

x = torch.ones(3, requires_grad=True)

@torch.no_grad()
def evaluate(t):
    return t * 2

@torch.no_grad
def evaluate_bare(t):
    return t * 3

@torch.enable_grad()
def train_step(t):
    return (t * 4).sum()

y = evaluate(x)
print(y, y.requires_grad, y.grad_fn)
print(evaluate_bare(x).requires_grad)
with torch.no_grad():
    z = train_step(x)
print(z, z.requires_grad)
z.backward()
print(x.grad)
print(torch.is_grad_enabled())
