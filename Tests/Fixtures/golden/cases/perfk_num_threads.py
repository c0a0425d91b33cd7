# tags: ops errors
import torch

torch.set_num_threads(1)
print(torch.get_num_threads())
torch.set_num_threads(3)
print(torch.get_num_threads())
for bad in [0, -1, -2**31, 2.0, "2", True, None, 2**31, -2**31 - 1, 2**70]:
    try:
        torch.set_num_threads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: torch.set_num_threads(), lambda: torch.set_num_threads(1, 2), lambda: torch.get_num_threads(1),
             lambda: torch.set_num_threads(n=2), lambda: torch.get_num_threads(n=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(torch.get_num_threads())
print(torch.set_num_threads(2))
torch.set_num_threads(torch.ones(1))
