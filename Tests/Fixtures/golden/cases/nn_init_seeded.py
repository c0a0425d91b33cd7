# tags: nn rng
import torch
import torch.nn as nn

torch.manual_seed(11)
w = torch.empty(3, 5)
print(nn.init.xavier_uniform_(w))
print(nn.init.xavier_normal_(torch.empty(2, 4), gain=nn.init.calculate_gain('tanh')))
print(nn.init.kaiming_uniform_(torch.empty(4, 2), nonlinearity='relu'))
print(nn.init.kaiming_normal_(torch.empty(2, 3), mode='fan_out'))
print(nn.init.uniform_(torch.empty(3), -0.1, 0.1))
print(nn.init.normal_(torch.empty(3), 0.0, 0.02))
print(nn.init.constant_(torch.empty(2), 0.3), nn.init.ones_(torch.empty(2)), nn.init.zeros_(torch.empty(2)))
print(nn.init.eye_(torch.empty(2, 3)))
print(nn.init.calculate_gain('leaky_relu', 0.2), nn.init.calculate_gain('selu'), nn.init.calculate_gain('linear'))
try:
    nn.init.calculate_gain('swish')
except ValueError as e:
    print('ValueError:', e)
try:
    nn.init.xavier_uniform_(torch.empty(3))
except ValueError as e:
    print('ValueError:', e)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
def init(m):
    if type(m) == nn.Linear:
        nn.init.xavier_uniform_(m.weight)
        m.bias.data.fill_(0.01)
model.apply(init)
print(model[2].weight, model[0].bias)
print(model.state_dict()['2.weight'].requires_grad)
