# %% [markdown]
# # Mini-batch training with a DataLoader
#
# A logistic-regression classifier for two seeded Gaussian blobs, trained the way PyTorch's
# tutorials train: the data in a `TensorDataset`, shuffled mini-batches from a `DataLoader`,
# an optimizer from `torch.optim` and a learning-rate schedule from `torch.optim.lr_scheduler`.
# The shuffles draw from the global generator exactly as PyTorch's `RandomSampler` does, so the
# losses printed here are PyTorch's to the last digit.

# %%
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)

# %% [markdown]
# Two blobs of 60 points each, centred at (-1, -1) and (1.5, 1), labelled 0 and 1.

# %%
n = 60
class0 = torch.randn(n, 2) * 0.8 + torch.tensor([-1.0, -1.0])
class1 = torch.randn(n, 2) * 0.8 + torch.tensor([1.5, 1.0])
features = torch.cat([class0, class1])
labels = torch.cat([torch.zeros(n), torch.ones(n)])
dataset = TensorDataset(features, labels)
print(len(dataset), dataset[0])

# %% [markdown]
# `random_split` holds out a fifth of the points for validation; the training loader reshuffles
# every epoch, the validation loader reads in order.

# %%
train_set, val_set = random_split(dataset, [0.8, 0.2])
print(len(train_set), len(val_set), val_set.indices[:5])
train_loader = DataLoader(train_set, batch_size=16, shuffle=True)
val_loader = DataLoader(val_set, batch_size=32)
print(len(train_loader), len(val_loader))
xb, yb = next(iter(train_loader))
print(xb.shape, yb[:8])

# %% [markdown]
# The model is a weight vector and a bias; the loss is binary cross-entropy on the logits,
# written out with `logsigmoid`-free elementwise ops: log(1 + exp(-z)) for class 1 and
# log(1 + exp(z)) for class 0.

# %%
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)


def logits(x):
    return (x * w).sum(dim=1) + b


def bce(z, y):
    return (torch.log(1 + torch.exp(-z)) * y + torch.log(1 + torch.exp(z)) * (1 - y)).mean()


optimizer = torch.optim.SGD([w, b], lr=0.5, momentum=0.9)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
print(optimizer)

# %% [markdown]
# Eight epochs. Each mini-batch: clear the gradients, forward, backward, step. After each epoch
# the scheduler halves the learning rate every third epoch, and the validation accuracy is
# computed without recording a graph.

# %%
for epoch in range(8):
    total = 0.0
    for xb, yb in train_loader:
        optimizer.zero_grad()
        loss = bce(logits(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(yb)
    scheduler.step()
    with torch.no_grad():
        correct = 0
        for xb, yb in val_loader:
            correct += ((logits(xb) > 0).float() == yb).sum().item()
    print(f"epoch {epoch}: loss {total / len(train_set):.4f}, val acc {correct / len(val_set):.3f}, lr {scheduler.get_last_lr()[0]}")

# %% [markdown]
# The learned boundary, and the optimizer's state: one momentum buffer per parameter.

# %%
print(w, b)
print(optimizer.state_dict()["state"])
