# tags: nn rng
import torch
import torch.nn as nn

torch.manual_seed(3)
net = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
calls = []
def pre(module, args):
    calls.append(('pre', type(module).__name__, len(args)))
def post(module, args, output):
    calls.append(('post', type(module).__name__, tuple(output.shape)))
    return output * 2
h1 = net[0].register_forward_pre_hook(pre)
h2 = net[2].register_forward_hook(post)
x = torch.tensor([[1.0, -1.0], [0.5, 2.0]])
y = net(x)
print(y)
print(calls)
h1.remove()
h2.remove()
calls.clear()
print(net(x))
print(calls)

def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.zeros_(m.bias)
print(net.apply(init_weights) is net)
print(net[0].weight, net[2].bias)

other = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
print(other.load_state_dict(net.state_dict()))
print(other[0].weight)
r = other.load_state_dict({'0.weight': torch.ones(3, 2)}, strict=False)
print(r)
print(r.missing_keys, r.unexpected_keys)
try:
    other.load_state_dict({'0.weight': torch.ones(2, 2), 'extra': torch.ones(1)})
except RuntimeError as e:
    print(e)

d = net.double()
print(d is net, net[0].weight.dtype, net[0].weight)
net.float()
print(net[0].bias.dtype)
net.requires_grad_(False)
print([p.requires_grad for p in net.parameters()])
print(net.get_submodule('2'), net.get_parameter('0.bias'))
print(net.to(torch.float64)[0].weight.dtype)
