# tags: training print
import torch


class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=0.01):
        if lr <= 0:
            raise ValueError(f"bad lr {lr}")
        super().__init__(params, dict(lr=lr))

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                state["count"] = state.get("count", 0) + 1
                p.add_(p.grad.sign(), alpha=-group["lr"])
        return None


w = torch.tensor([0.3, -0.7, 1.2], requires_grad=True)
opt = SignSGD([w], lr=0.1)
print(opt)
for _ in range(4):
    opt.zero_grad()
    (w ** 3).sum().backward()
    opt.step()
print(w)
print(opt.state_dict())
print(isinstance(opt, torch.optim.Optimizer))
