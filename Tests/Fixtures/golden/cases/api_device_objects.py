# tags: ops print
import torch
d = torch.device('cpu')
print(d, repr(d), d.type, d.index)
c = torch.device('cuda', 1)
print(c, repr(c), c.type, c.index)
print(torch.device('cuda:0'), repr(torch.device('cuda')), torch.device('cuda').index)
print(torch.device('cpu', 0), repr(torch.device('mps')))
print(c == torch.device('cuda:1'), c == torch.device('cuda:0'), d == 'cpu', d != torch.device('cpu'))
print(hash(c) == hash(torch.device('cuda:1')))
counts = {torch.device('cpu'): 1}
counts[torch.device('cpu')] += 1
print(counts)
x = torch.ones(2, 3)
print(x.device, x.device == d, x.is_cuda, x.get_device())
print(x.to('cpu') is x, x.cpu() is x, x.to(d) is x, x.to(x.device) is x)
print(x.to('cpu', torch.float64))
print(x.to(device='cpu', dtype=torch.int64))
print(x.to(d, dtype=torch.float64).dtype, f"{d}", str(c))
print(type(d).__name__, isinstance(d, torch.device))
