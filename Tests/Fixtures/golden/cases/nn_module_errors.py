# tags: nn errors
import torch
import torch.nn as nn

class NoInit(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.ones(1))

try:
    NoInit()
except AttributeError as e:
    print('AttributeError:', e)

class Bare(nn.Module):
    pass

m = Bare()
print(m)
try:
    m(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)

class P(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2))

p = P()
try:
    p.w = torch.zeros(2)
except TypeError as e:
    print('TypeError:', e)
p.w = None
print(p.w, list(p.named_parameters()))
try:
    p.register_parameter('x', torch.ones(1))
except TypeError as e:
    print('TypeError:', e)
try:
    p.register_parameter('a.b', None)
except KeyError as e:
    print('KeyError:', e)
try:
    p.add_module('m', 3)
except TypeError as e:
    print('TypeError:', e)
try:
    p.register_buffer('training', torch.ones(1))
except KeyError as e:
    print('KeyError:', e)
x = torch.ones(2, requires_grad=True)
try:
    p.register_parameter('y', nn.Parameter(x) * 2)
except TypeError as e:
    print('TypeError:', e)
sd = {'w': torch.ones(3)}
try:
    p.load_state_dict(sd)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    p.train(1)
except ValueError as e:
    print('ValueError:', e)
