# tags: lang errors
import math
import torch

# Families the differential tester (Scripts/difftest.py) found; each program prints its value or its exception.
programs = [
    ('range(-10, 0, -1)[3:13]', lambda: (range(-10, 0, -1)[3:13])),
    ('range(14, -10, 255)[6::]', lambda: (range(14, -10, 255)[6::])),
    ('range(-10, 1, 14)[4::13]', lambda: (range(-10, 1, 14)[4::13])),
    ('range(10)[::2], range(10)[::-1], range(10)[-3:], range(0, 20, 3)[1:5:2], range(5)[10:20]', lambda: (range(10)[::2], range(10)[::-1], range(10)[-3:], range(0, 20, 3)[1:5:2], range(5)[10:20])),
    ('range(10)[2**70:], range(10)[-2**70::-1]', lambda: (range(10)[2**70:], range(10)[-2**70::-1])),
    ('range(10)[::0]', lambda: (range(10)[::0])),
    ('list(range(10, 0, -3)[1:])', lambda: (list(range(10, 0, -3)[1:]))),
    ("math.log(1e-320, float('-inf'))", lambda: (math.log(1e-320, float('-inf')))),
    ('math.log(1e-05, -20)', lambda: (math.log(1e-05, -20))),
    ('math.log(7, -2.0**63)', lambda: (math.log(7, -2.0**63))),
    ("math.log(8, 2), math.log(float('inf')), math.log(float('nan'))", lambda: (math.log(8, 2), math.log(float('inf')), math.log(float('nan')))),
    ('math.log(8, 1)', lambda: (math.log(8, 1))),
    ('math.log(0)', lambda: (math.log(0))),
    ("torch.tensor(['a', 'b'])", lambda: (torch.tensor(['a', 'b']))),
    ('torch.tensor(10**20, dtype=torch.float32)', lambda: (torch.tensor(10**20, dtype=torch.float32))),
    ('torch.tensor(-2**63-1, dtype=torch.bool)', lambda: (torch.tensor(-2**63-1, dtype=torch.bool))),
    ('torch.tensor([2**64, 1], dtype=torch.float64)', lambda: (torch.tensor([2**64, 1], dtype=torch.float64))),
    ('torch.tensor(10**400, dtype=torch.float64)', lambda: (torch.tensor(10**400, dtype=torch.float64))),
    ('torch.tensor(2**63, dtype=torch.int64)', lambda: (torch.tensor(2**63, dtype=torch.int64))),
    ('torch.tensor([1.5, 2**70])', lambda: (torch.tensor([1.5, 2**70]))),
    ('torch.tensor(2**64, dtype=torch.int32)', lambda: (torch.tensor(2**64, dtype=torch.int32))),
    ('torch.tensor(2**40, dtype=torch.int32)', lambda: (torch.tensor(2**40, dtype=torch.int32))),
    ("torch.tensor(float('nan'), dtype=torch.int64)", lambda: (torch.tensor(float('nan'), dtype=torch.int64))),
    ('torch.tensor(1e300, dtype=torch.float32)', lambda: (torch.tensor(1e300, dtype=torch.float32))),
    ("torch.tensor([1, 'a'])", lambda: (torch.tensor([1, 'a']))),
    ('torch.tensor([[1.5, 2.0]], dtype=torch.int32)', lambda: (torch.tensor([[1.5, 2.0]], dtype=torch.int32))),
    ('torch.tensor([1.5, -2.0, 3.25]).kthvalue(10)', lambda: (torch.tensor([1.5, -2.0, 3.25]).kthvalue(10))),
    ('torch.tensor(7.0).topk(-5)', lambda: (torch.tensor(7.0).topk(-5))),
]
for source, program in programs:
    try:
        print(source, "->", program())
    except Exception as e:
        print(source, "->", type(e).__name__, e)
