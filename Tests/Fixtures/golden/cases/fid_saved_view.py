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


second_backward("reshape", lambda x, w: x.reshape(3, 2))
second_backward("view", lambda x, w: x.view(6))
second_backward("t", lambda x, w: x.t())
second_backward("transpose", lambda x, w: x.transpose(0, 1))
second_backward("select", lambda x, w: x[0])
second_backward("slice", lambda x, w: x[:, 1:])
second_backward("unsqueeze", lambda x, w: x.unsqueeze(0))
second_backward("expand", lambda x, w: x[0:1].expand(4, 3))
second_backward("cat", lambda x, w: torch.cat([x, x.detach()]))
second_backward("stack", lambda x, w: torch.stack([x, x.detach()]))
second_backward("where", lambda x, w: torch.where(x.detach() > 1, x, x.detach()))
second_backward("index", lambda x, w: x[torch.tensor([1, 0, 1])])
second_backward("clone", lambda x, w: x.clone())
second_backward("double", lambda x, w: x.double())
