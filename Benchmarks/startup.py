# Start-up and the seed's first cells: measured as a whole process (wall time and peak memory).
import torch
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
out.backward()
print(x.grad)
