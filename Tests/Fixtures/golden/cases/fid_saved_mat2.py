# tags: autograd fidelity saved linalg
import torch

# The products save their second operand under derivatives.yaml's name for it.
a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
b = torch.tensor([[1.0, 0.5], [-1.0, 2.0], [0.25, 3.0]], requires_grad=True)
v = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)

cases = [
    ("mm", a @ b, ["_saved_self", "_saved_mat2"]),
    ("bmm", torch.bmm(a.unsqueeze(0), b.unsqueeze(0)), ["_saved_self", "_saved_mat2"]),
    ("mv", a @ v, ["_saved_self", "_saved_vec"]),
    ("dot", v @ v, ["_saved_self", "_saved_tensor"]),
]
for name, y, attributes in cases:
    print(name, y.grad_fn.name())
    for attribute in attributes:
        print(" ", attribute, getattr(y.grad_fn, attribute).tolist())
    try:
        y.grad_fn._saved_other
    except AttributeError as e:
        print(" ", e)

# Only the operand the other input's gradient needs is saved.
y = a.detach() @ b
print("mm, only mat2 requires grad:", y.grad_fn._saved_self.tolist(), y.grad_fn._saved_mat2)
y.sum().backward()
try:
    y.grad_fn._saved_self
except RuntimeError as e:
    print(str(e)[:90])
