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


second_backward("add", lambda x, w: x + x.detach())
second_backward("sub", lambda x, w: x - x.detach())
second_backward("mul", lambda x, w: x * x.detach())
second_backward("mul_both", lambda x, w: x * x)
second_backward("div", lambda x, w: x / (x.detach() + 5))
second_backward("div_by", lambda x, w: x.detach() / (x + 5))
second_backward("maximum", lambda x, w: torch.maximum(x, x.detach() * 0.5))
second_backward("minimum", lambda x, w: torch.minimum(x, x.detach() * 0.5))
second_backward("pow_tensor", lambda x, w: x.abs() ** x.detach())
second_backward("remainder", lambda x, w: x % 0.7)
