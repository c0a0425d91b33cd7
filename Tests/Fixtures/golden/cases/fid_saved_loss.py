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


second_backward("mse_loss", lambda x, w: F.mse_loss(x, x.detach() * 0.5))
second_backward("l1_loss", lambda x, w: F.l1_loss(x, x.detach() * 0.5))
second_backward("bce", lambda x, w: F.binary_cross_entropy(x.sigmoid(), torch.ones(2, 3) * 0.5))
second_backward("bce_logits", lambda x, w: F.binary_cross_entropy_with_logits(x, torch.ones(2, 3) * 0.5))
second_backward("cross_entropy", lambda x, w: F.cross_entropy(x, torch.tensor([0, 2])))
second_backward("nll_loss", lambda x, w: F.nll_loss(x, torch.tensor([0, 2])))
