# tags: ops tensor-api
import torch

f = torch.tensor([1.5, float('nan'), float('inf'), -float('inf'), -0.0, 0.0])
i = torch.tensor([1, -2, 3, 0])
b = torch.tensor([True, False, True, False])
for name in ['isnan', 'isinf', 'isfinite', 'isposinf', 'isneginf', 'signbit', 'logical_not']:
    print(name, getattr(f, name)(), getattr(torch, name)(i), getattr(b, name)())
print(torch.logical_and(i, b), torch.logical_or(f[:4], i), i.logical_xor(b))
print(i & 6, i | 8, i ^ -1, ~i, 5 & i, 1 << i.abs())
print(b & True, b | False, b ^ b, ~b, b | 2)
print(i << 62, i >> 1, i >> 70, i << 64, torch.tensor([7]) >> -1, torch.tensor([1]) << -1)
print(torch.bitwise_and(i, 3), torch.bitwise_or(i, i), torch.bitwise_xor(i, 5), torch.bitwise_not(b))
print(torch.bitwise_left_shift(i, 2), torch.bitwise_right_shift(i, torch.tensor([1, 0, 1, 0])))
big = torch.tensor([2**62, -2**63, 2**63 - 1])
print(big << 1, big >> 63, ~big, big ^ big)
x = torch.tensor([1, 2, 3], dtype=torch.int32)
print(x << 31, x << 32, (x << 30) >> 31)
t = torch.tensor([1, 2])
t &= 3
print(t)
t <<= 2
t |= 1
t ^= 8
t >>= 1
print(t)
u = t
u.bitwise_and_(6)
print(t, u is t)
m = torch.tensor([True, False])
m |= torch.tensor([False, False])
m.logical_not_()
print(m)
print(f.nan_to_num(), f.nan_to_num(nan=1.0, posinf=2.0), torch.nan_to_num(f, neginf=-7), i.nan_to_num())
g = torch.tensor([1.0, float('nan'), float('inf'), -2.0], requires_grad=True)
h = g.nan_to_num(posinf=9.0)
print(h, h.grad_fn)
h.sum().backward()
print(g.grad)
