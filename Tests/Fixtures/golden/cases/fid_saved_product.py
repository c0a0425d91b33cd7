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


second_backward("mm", lambda x, w: x.mm(w.detach()))
second_backward("matmul", lambda x, w: x @ w.detach())
second_backward("matmul_both", lambda x, w: x @ x.t())
second_backward("mv", lambda x, w: x.mv(w.detach()[:, 0]))
second_backward("dot", lambda x, w: torch.dot(x[0], x[1].detach()))
second_backward("bmm", lambda x, w: torch.bmm(x.unsqueeze(0), w.detach().unsqueeze(0)))
