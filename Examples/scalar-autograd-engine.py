# %% [markdown]
# # A scalar autograd engine in forty lines
#
# What `torch.autograd` does for tensors, done for single numbers with a Python class, in the
# style of micrograd: every `Value` remembers the values it was computed from and a small
# `_backward` function that pushes its gradient to them. `backward()` visits the graph in
# reverse topological order. At the end the same expressions run through `torch` and the
# gradients are compared.

# %%
import math
import torch


class Value:
    """A number that remembers how it was computed."""

    def __init__(self, data, children=(), op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = tuple(children)
        self._op = op

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

    def __pow__(self, k):
        out = Value(self.data**k, (self,), f"**{k}")

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def _backward():
            self.grad += (1 - t * t) * out.grad

        out._backward = _backward
        return out

    def backward(self):
        order, seen = [], set()

        def visit(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    visit(child)
                order.append(v)

        visit(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()

    __radd__ = __add__
    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other**-1

    def __repr__(self):
        return f"Value(data={self.data:.6f}, grad={self.grad:.6f})"


# %% [markdown]
# ## One neuron
#
# `tanh(w1*x1 + w2*x2 + b)`, the example every course draws by hand.

# %%
x1, x2 = Value(2.0), Value(0.0)
w1, w2 = Value(-3.0), Value(1.0)
b = Value(6.8813735870195432)
n = x1 * w1 + x2 * w2 + b
o = n.tanh()
o.backward()
for name, v in [("x1", x1), ("w1", w1), ("x2", x2), ("w2", w2), ("o", o)]:
    print(name, v)

# %% [markdown]
# ## The same neuron in PyTorch

# %%
tx1 = torch.tensor(2.0, dtype=torch.double, requires_grad=True)
tx2 = torch.tensor(0.0, dtype=torch.double, requires_grad=True)
tw1 = torch.tensor(-3.0, dtype=torch.double, requires_grad=True)
tw2 = torch.tensor(1.0, dtype=torch.double, requires_grad=True)
tb = torch.tensor(6.8813735870195432, dtype=torch.double, requires_grad=True)
to = torch.tanh(tx1 * tw1 + tx2 * tw2 + tb)
to.backward()
print(f"{to.item():.12f}", type(to.grad_fn).__name__)
for mine, theirs in [(x1, tx1), (w1, tw1), (x2, tx2), (w2, tw2)]:
    print(f"{mine.grad:.12f} {theirs.grad.item():.12f} agree: {abs(mine.grad - theirs.grad.item()) < 1e-12}")

# %% [markdown]
# ## A tiny fit
#
# Fit `y = 2x - 1` with one weight and one bias by gradient descent, on both engines side by
# side: the losses agree step by step.

# %%
data = [(-1.0, -3.0), (0.0, -1.0), (1.0, 1.0), (2.0, 3.0)]
w, b = Value(0.5), Value(0.0)
tw = torch.tensor(0.5, dtype=torch.double, requires_grad=True)
tb = torch.tensor(0.0, dtype=torch.double, requires_grad=True)
for step in range(5):
    loss = sum(((w * x + b) - y) ** 2 for x, y in data) / len(data)
    w.grad, b.grad = 0.0, 0.0
    loss.backward()
    w.data -= 0.1 * w.grad
    b.data -= 0.1 * b.grad

    tloss = sum((tw * x + tb - y) ** 2 for x, y in data) / len(data)
    tloss.backward()
    with torch.no_grad():
        tw -= 0.1 * tw.grad
        tb -= 0.1 * tb.grad
    tw.grad, tb.grad = None, None
    print(step, f"{loss.data:.10f}", f"{tloss.item():.10f}")
print(w, b)
print(tw, tb)
