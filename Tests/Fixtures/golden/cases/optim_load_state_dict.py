# tags: training
import torch

def run(opt, w, steps):
    for _ in range(steps):
        opt.zero_grad()
        ((w - 1.5) ** 2).sum().backward()
        opt.step()

w1 = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
o1 = torch.optim.Adam([w1], lr=0.1)
run(o1, w1, 5)
w2 = w1.detach().clone().requires_grad_(True)
o2 = torch.optim.Adam([w2], lr=0.7)
o2.load_state_dict(o1.state_dict())
print(o2.param_groups[0]["lr"])
run(o1, w1, 5)
run(o2, w2, 5)
print(w1)
print(w2)
print(torch.equal(w1, w2))
