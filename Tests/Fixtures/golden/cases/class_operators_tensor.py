# tags: lang classes autograd
import torch

class Scaled:
    def __init__(self, k):
        self.k = k
    def __mul__(self, other):
        return other * self.k
    __rmul__ = __mul__
    def __radd__(self, other):
        return other + self.k
    def __repr__(self):
        return f"Scaled({self.k})"

x = torch.tensor([1.0, 2.0], requires_grad=True)
s = Scaled(3.0)
y = x * s
z = s * x
w = x + s
print(y, z, w)
(y.sum() + w.sum()).backward()
print(x.grad)
print(torch.ones(2) == torch.ones(2), isinstance(y, torch.Tensor), type(y).__name__)

class Holder:
    def __init__(self, t):
        self.t = t
    def __getitem__(self, i):
        return self.t[i]
    def __len__(self):
        return self.t.shape[0]
h = Holder(torch.arange(6).reshape(3, 2))
print(len(h), h[1], [row.sum().item() for row in h])
