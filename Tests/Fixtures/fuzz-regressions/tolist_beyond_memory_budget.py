import torch
x = torch.ones(2 * 10**7).tolist()
