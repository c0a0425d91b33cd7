# tags: ops print
import torch
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device)
print(torch.cuda.is_available(), torch.cuda.device_count(), torch.cuda.is_initialized())
torch.cuda.manual_seed(42)
torch.cuda.manual_seed_all(42)
print(torch.backends.mps.is_available(), torch.backends.mps.is_built())
device = "mps" if torch.backends.mps.is_available() else "cpu"
x = torch.tensor([1.0, 2.0]).to(device)
print(x, x.device)
print(torch.accelerator.is_available())
acc = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(acc)
torch.set_default_device(acc)
print(torch.ones(2), torch.get_default_device())
model_input = torch.randn(3, 2).to(device) if False else torch.zeros(3, 2).to(device)
print(model_input.shape, model_input.device.type)
