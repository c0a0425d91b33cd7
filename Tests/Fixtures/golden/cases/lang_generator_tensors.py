# tags: lang ops
import torch


def batches(data, size):
    for start in range(0, len(data), size):
        yield data[start:start + size]


x = torch.arange(10.0)
for b in batches(x, 4):
    print(b)

w = torch.tensor(2.0, requires_grad=True)


def losses(inputs):
    for v in inputs:
        yield (w * v - 1) ** 2


total = sum(losses(torch.tensor([1.0, 2.0, 3.0])))
print(total)
total.backward()
print(w.grad)
print(torch.stack([t * 2 for t in batches(torch.ones(6), 2)]))
print(list(t.sum().item() for t in batches(x, 5)))
