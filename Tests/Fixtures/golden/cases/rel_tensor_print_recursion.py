# tags: print errors
import torch
for n in [494, 495, 10000]:
    t = torch.zeros([1]*n)
    try:
        s = repr(t)
        print(n, "ok", len(s))
    except RecursionError as e:
        print(n, "RecursionError", e)
def f():
    try:
        return len(repr(torch.zeros([1]*494)))
    except RecursionError as e:
        return str(e)
print(f())
print(f"{torch.zeros([1]*3)}")
