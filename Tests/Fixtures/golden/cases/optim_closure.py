# tags: training
import torch

w = torch.tensor([0.5, -0.5], requires_grad=True)
opt = torch.optim.RMSprop([w], lr=0.05)
calls = []

def closure():
    opt.zero_grad()
    loss = ((w - torch.tensor([1.0, 2.0])) ** 2).sum()
    loss.backward()
    calls.append(loss.item())
    return loss

for _ in range(5):
    loss = opt.step(closure)
    print(loss)
print(len(calls), w.tolist())
