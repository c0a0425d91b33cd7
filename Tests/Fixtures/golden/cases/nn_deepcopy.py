# tags: nn language
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
a = torch.ones(2, requires_grad=True)
b = copy.copy(a)
print(b, b.is_leaf, b is a)
c = a * 2
d = copy.copy(c)
print(d, d.is_leaf, d.grad_fn)
a.grad = torch.ones(2)
e = copy.deepcopy(a)
print(e, e.grad, e.grad is a.grad)
e.add_(1.0) if False else None
p = nn.Parameter(torch.ones(2))
p.grad = torch.ones(2)
q = copy.deepcopy(p)
print(q, q.grad, type(q).__name__, q is p)
print(type(copy.copy(p)).__name__)
try:
    copy.deepcopy(c)
except RuntimeError as ex:
    print(type(ex).__name__, ex)

model = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
clone = copy.deepcopy(model)
print(clone, clone[0].weight is model[0].weight, torch.equal(clone[0].weight, model[0].weight))
with torch.no_grad():
    clone[0].weight.fill_(1.0)
print(model[0].weight, clone[0].weight, sep='\n')
best = copy.deepcopy(model.state_dict())
print(type(best).__name__, list(best), best['0.bias'] is model.state_dict()['0.bias'])
model.load_state_dict(best)

shared = [a, a]
twin = copy.deepcopy(shared)
print(twin[0] is twin[1], twin[0] is a)
nested = {'x': [1, [2, 3]], 'y': (4, [5])}
deep = copy.deepcopy(nested)
deep['x'][1].append(9)
print(nested, deep)
shallow = copy.copy(nested)
shallow['x'].append(7)
print(nested['x'], shallow is nested, copy.copy((1, 2)) == (1, 2), copy.deepcopy((1, 2, 'a')))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Tracked:
    def __init__(self):
        self.items = []

    def __deepcopy__(self, memo):
        print('custom deepcopy, memo is a dict:', isinstance(memo, dict))
        return 'copied'

    def __copy__(self):
        return 'shallow'


pt = Point([1], 2)
pt2 = copy.deepcopy(pt)
pt3 = copy.copy(pt)
pt2.x.append(5)
print(pt, pt2, pt3.x is pt.x, type(pt2).__name__)
print(copy.deepcopy(Tracked()), copy.copy(Tracked()), copy.deepcopy([Tracked()]))
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset({1})), copy.copy([1, 2]), copy.deepcopy(None), copy.deepcopy(len))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
