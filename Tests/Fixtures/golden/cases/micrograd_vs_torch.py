# tags: lang classes autograd
import math
import torch

class Value:
    def __init__(self, data, _children=(), _op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = list(_children)
        self._op = _op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, other):
        out = Value(self.data ** other, (self,), f"**{other}")
        def _backward():
            self.grad += (other * self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")
        def _backward():
            self.grad += (1 - t ** 2) * out.grad
        out._backward = _backward
        return out

    def relu(self):
        out = Value(0 if self.data < 0 else self.data, (self,), "ReLU")
        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = {}
        def build_topo(v):
            if id(v) not in visited:
                visited[id(v)] = True
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1
        for v in reversed(topo):
            v._backward()

    def __neg__(self): return self * -1
    def __radd__(self, other): return self + other
    def __sub__(self, other): return self + (-other)
    def __rsub__(self, other): return other + (-self)
    def __rmul__(self, other): return self * other
    def __truediv__(self, other): return self * other ** -1
    def __rtruediv__(self, other): return other * self ** -1
    def __repr__(self): return f"Value(data={self.data}, grad={self.grad})"

x = Value(-4.0)
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
xmg, ymg = x, y

x = torch.tensor([-4.0], dtype=torch.double, requires_grad=True)
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
print(ymg.data, y.data.item(), ymg.data == y.data.item())
print(xmg.grad, x.grad.item(), xmg.grad == x.grad.item())

a = Value(2.0); b = Value(-3.0); c = Value(10.0)
e = a * b; d = e + c; f = d.tanh() / 2 - 1
f.backward()
at = torch.tensor(2.0, dtype=torch.double, requires_grad=True)
bt = torch.tensor(-3.0, dtype=torch.double, requires_grad=True)
ct = torch.tensor(10.0, dtype=torch.double, requires_grad=True)
ft = (at * bt + ct).tanh() / 2 - 1
ft.backward()
print(f)
print(a.grad, at.grad.item(), abs(a.grad - at.grad.item()) < 1e-12)
print(b.grad, bt.grad.item(), abs(c.grad - ct.grad.item()) < 1e-12)
