# tags: nn ops autograd warn
import torch
import torch.nn.functional as F
inp = torch.tensor([[0.2, 0.5, 0.3], [0.1, 0.1, 0.8]]).log().requires_grad_()
tgt = torch.tensor([[0.3, 0.4, 0.3], [0.0, 0.5, 0.5]])
loss = F.kl_div(inp, tgt, reduction='batchmean')
print(loss, loss.grad_fn)
loss.backward()
print(inp.grad)
print(F.kl_div(inp, tgt, reduction='sum'), F.kl_div(inp, tgt, reduction='none'))
print(F.kl_div(inp, tgt.clamp(min=0.01).log(), reduction='sum', log_target=True))
print(F.kl_div(inp, tgt))
