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


second_backward("sum", lambda x, w: x.sum())
second_backward("sum_dim", lambda x, w: x.sum(0))
second_backward("mean", lambda x, w: x.mean())
second_backward("mean_dim", lambda x, w: x.mean(1))
second_backward("prod", lambda x, w: x.prod())
second_backward("prod_dim", lambda x, w: x.prod(1))
second_backward("var", lambda x, w: x.var())
second_backward("std", lambda x, w: x.std())
second_backward("norm", lambda x, w: x.norm())
second_backward("max", lambda x, w: x.max())
second_backward("max_dim", lambda x, w: x.max(1)[0])
second_backward("amax", lambda x, w: x.amax(0))
second_backward("logsumexp", lambda x, w: x.logsumexp(1))
second_backward("softmax", lambda x, w: x.softmax(1))
second_backward("log_softmax", lambda x, w: x.log_softmax(1))
