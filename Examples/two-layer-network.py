# %% [markdown]
# # A two-layer network, by hand
#
# Three Gaussian blobs in the plane, one per class, and a network with one hidden layer of
# ReLU units trained by plain gradient descent on the cross-entropy loss. No `nn.Module`, no
# optimizer: the parameters are four tensors with `requires_grad=True`.

# %%
import torch
import torch.nn.functional as F

torch.manual_seed(42)
print("seeded")

# %% [markdown]
# ## The data
#
# 60 points per class around three centres, with unit-variance noise: the blobs overlap a little.

# %%
centres = torch.tensor([[-2.0, 0.0], [2.0, 0.0], [0.0, 2.5]])
per_class = 60
points = []
labels = []
for k in range(3):
    points.append(centres[k] + torch.randn(per_class, 2))
    labels.append(torch.full((per_class,), k, dtype=torch.long))
X = torch.cat(points)
y = torch.cat(labels)
print(X.shape, X.dtype, y.shape, y.dtype)
print(X[:3])
print(y[::30])

# %% [markdown]
# Shuffle with a random permutation, and keep the last 30 points aside for testing.

# %%
order = torch.randperm(X.shape[0])
X, y = X[order], y[order]
X_train, y_train = X[:150], y[:150]
X_test, y_test = X[150:], y[150:]
print(len(X_train), len(X_test))
print([(y_train == k).sum().item() for k in range(3)])

# %% [markdown]
# ## The parameters
#
# A hidden layer of 16 units. Weights are scaled by 1/sqrt(fan_in) at creation; multiplying
# before `requires_grad_()` keeps them leaves.

# %%
hidden = 16
W1 = (torch.randn(2, hidden) / 2 ** 0.5).requires_grad_()
b1 = torch.zeros(hidden, requires_grad=True)
W2 = (torch.randn(hidden, 3) / hidden ** 0.5).requires_grad_()
b2 = torch.zeros(3, requires_grad=True)
params = [W1, b1, W2, b2]
print([tuple(p.shape) for p in params])
print(sum(p.numel() for p in params), "parameters")
print(W1.is_leaf, W1.grad_fn)

# %% [markdown]
# The model is two affine maps with a ReLU between them; it returns logits.

# %%
def model(inputs):
    h = F.relu(inputs @ W1 + b1)
    return h @ W2 + b2

def accuracy(logits, targets):
    return (logits.argmax(dim=1) == targets).float().mean().item()

logits = model(X_train)
loss = F.cross_entropy(logits, y_train)
print(logits.shape, logits.grad_fn.name())
print(loss.grad_fn.name())
print(f"initial loss {loss.item():.4f}, accuracy {accuracy(logits, y_train):.3f}")

# %% [markdown]
# ## Training
#
# Full-batch gradient descent with learning rate 0.2.

# %%
lr = 0.2
for epoch in range(1, 201):
    logits = model(X_train)
    loss = F.cross_entropy(logits, y_train)
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
    if epoch % 25 == 0:
        print(f"epoch {epoch:3d}  loss {loss.item():.4f}  train accuracy {accuracy(logits, y_train):.3f}")

# %% [markdown]
# ## Evaluation
#
# On the held-out points, without recording a graph.

# %%
with torch.no_grad():
    test_logits = model(X_test)
    test_loss = F.cross_entropy(test_logits, y_test)
print(test_logits.requires_grad)
print(f"test loss {test_loss.item():.4f}, test accuracy {accuracy(test_logits, y_test):.3f}")

# %% [markdown]
# A prediction table for the first ten test points: the input, the true class, the
# predicted class and the softmax probability the network gives it.

# %%
probs = F.softmax(test_logits, dim=1)
confidence, predicted = probs.max(dim=1)
print("    x1     x2  true  pred   prob")
for i in range(10):
    x1, x2 = X_test[i].tolist()
    mark = "" if predicted[i] == y_test[i] else "  <- wrong"
    print(f"{x1:6.2f} {x2:6.2f} {y_test[i].item():5d} {predicted[i].item():5d}  {confidence[i].item():.3f}{mark}")

# %% [markdown]
# The confusion matrix: rows are true classes, columns predicted ones.

# %%
confusion = torch.zeros(3, 3, dtype=torch.long)
for t, p in zip(y_test.tolist(), predicted.tolist()):
    confusion[t, p] += 1
print(confusion)
print(probs[:4])
