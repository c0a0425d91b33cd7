# tags: nn
import torch
import torch.nn as nn

class Scale(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.w = nn.Parameter(torch.arange(float(n)))
        self.register_buffer('count', torch.zeros(1))
        self.name = 'scale'

    def forward(self, x):
        self.count += 1
        return x * self.w

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Scale(3)
        self.b = Scale(3)
        self.bias = nn.Parameter(torch.ones(3))

    def forward(self, x):
        return self.b(self.a(x)) + self.bias

net = Net()
print(net)
print(type(net), type(net.a))
print(isinstance(net, nn.Module))
for name, p in net.named_parameters():
    print(name, p)
print([n for n, _ in net.named_buffers()])
print([n for n, _ in net.named_modules()])
print([type(m).__name__ for m in net.children()])
print(len(list(net.parameters())))
print(net.parameters())
out = net(torch.ones(3))
print(out)
out.sum().backward()
print(net.a.w.grad, net.bias.grad)
print(net.a.count, net.training, net.a.training)
net.eval()
print(net.training, net.a.training)
net.train()
print(net.training, net.b.training)
net.zero_grad()
print(net.a.w.grad)
print(net.a.name, 'name' in net.a.__dict__, 'w' in net.a.__dict__)
print(sorted(net._modules.keys()), list(net._parameters.keys()))
sd = net.state_dict()
print(list(sd.keys()))
print(sd['a.w'])
