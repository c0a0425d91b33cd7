# tags: errors
import torch

w = torch.ones(2, requires_grad=True)
try:
    torch.optim.SGD([w], lr=0.1, momentum=-1)
except ValueError as e:
    print(e)
try:
    torch.optim.SGD([w], lr=0.1, nesterov=True)
except ValueError as e:
    print(e)
try:
    torch.optim.Adam([w], betas=(0.9, 1.0))
except ValueError as e:
    print(e)
try:
    torch.optim.SGD(w, lr=0.1)
except TypeError as e:
    print(e)
try:
    torch.optim.SGD([{"params": [w]}, {"params": [w]}], lr=0.1)
except ValueError as e:
    print(e)
opt = torch.optim.RMSprop([w], lr=-0.01)
