# tags: nn ops autograd higher
import torch
import torch.nn.functional as F
x = torch.tensor([[-0.5, -1.2, -2.0], [-0.3, -0.9, -3.0], [-1.0, -1.0, -1.0]], dtype=torch.float64, requires_grad=True)
t = torch.tensor([2, 0, 1])
w = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
for red in ['mean', 'sum', 'none']:
    out = F.nll_loss(x, t, weight=w, reduction=red)
    g, = torch.autograd.grad(out.sum(), x, create_graph=True)
    print(red, out, g)
