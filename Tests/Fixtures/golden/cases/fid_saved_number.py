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


second_backward("add_number", lambda x, w: x + 2)
second_backward("radd_number", lambda x, w: 2 + x)
second_backward("sub_number", lambda x, w: x - 2)
second_backward("rsub_number", lambda x, w: 2 - x)
second_backward("mul_number", lambda x, w: x * 2)
second_backward("rmul_number", lambda x, w: 2 * x)
second_backward("div_number", lambda x, w: x / 2)
second_backward("rdiv_number", lambda x, w: 2 / (x + 5))
second_backward("pow_2", lambda x, w: x ** 2)
second_backward("pow_half", lambda x, w: x.abs() ** 0.5)
second_backward("pow_1", lambda x, w: x ** 1)
second_backward("pow_0", lambda x, w: x ** 0)
second_backward("rpow_number", lambda x, w: 2 ** x)
second_backward("mul_float", lambda x, w: x * 0.1)
second_backward("div_int_tensor", lambda x, w: x / torch.tensor(4))
