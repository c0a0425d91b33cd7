# tags: errors
import torch
for text in ['foo', 'cuda:x', 'cuda:-1', 'cpu::0', 'gpu']:
    try:
        torch.device(text)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    torch.device('cuda', -1)
except RuntimeError as e:
    print(e)
torch.device('cuda:0', 1)
