# tags: autograd fidelity saved
import torch
import torch.nn.functional as F


def second_backward(name, f):
    x = torch.tensor([[0.5, 1.5, 2.0], [-1.0, 0.25, 3.0]], requires_grad=True)
    w = torch.tensor([[0.5, -1.0], [2.0, 1.5], [0.75, 0.25]], requires_grad=True)
    y = f(x, w)
    y.sum().backward()
    first = x.grad.clone()
    try:
        y.sum().backward()
        print(name, y.grad_fn.name(), "second backward runs:", x.grad.equal(2 * first))
    except RuntimeError as e:
        print(name, y.grad_fn.name(), "second backward raises:", str(e)[:49])


second_backward("exp", lambda x, w: x.exp())
second_backward("log", lambda x, w: x.abs().log())
second_backward("sin", lambda x, w: x.sin())
second_backward("cos", lambda x, w: x.cos())
second_backward("tanh", lambda x, w: x.tanh())
second_backward("sigmoid", lambda x, w: x.sigmoid())
second_backward("sqrt", lambda x, w: x.abs().sqrt())
second_backward("rsqrt", lambda x, w: x.abs().rsqrt())
second_backward("abs", lambda x, w: x.abs())
second_backward("neg", lambda x, w: -x)
second_backward("relu", lambda x, w: x.relu())
second_backward("reciprocal", lambda x, w: x.reciprocal())
second_backward("log1p", lambda x, w: x.abs().log1p())
second_backward("sign", lambda x, w: x.sign())
second_backward("clamp", lambda x, w: x.clamp(0.0, 1.0))
second_backward("leaky_relu", lambda x, w: F.leaky_relu(x, 0.1))
