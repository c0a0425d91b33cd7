# tags: lang classes training
import torch

class Linear:
    def __init__(self, w, b):
        self.w = torch.tensor(w, requires_grad=True)
        self.b = torch.tensor(b, requires_grad=True)

    def __call__(self, x):
        return x @ self.w + self.b

    def parameters(self):
        return [self.w, self.b]

    def __repr__(self):
        return f"Linear(w={self.w.tolist()}, b={self.b.item()})"

model = Linear([[0.5], [-0.25]], [0.1])
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = torch.tensor([[1.0], [2.0], [3.0]])
for step in range(3):
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.01 * p.grad
            p.grad = None
    print(step, loss)
print(model)
print(isinstance(model.w, torch.Tensor), type(model.w), torch.Tensor)
print(isinstance(3, torch.Tensor), type(loss) is torch.Tensor)
