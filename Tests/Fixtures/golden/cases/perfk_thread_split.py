# tags: ops rng
import torch

# ATen cuts an element-wise loop over more than 32768 elements into one range per thread, and its
# vectorised sigmoid treats the last few elements of each range one at a time (glibc's expf rather
# than SLEEF's): with two threads, elements near the middle and the end change paths.
torch.manual_seed(0)
y = torch.randn(1000003) * 4
for i in [500000, 500001, 1000000, 1000001]:
    y[i] = -3.9291083812713623
torch.set_num_threads(1)
one = torch.sigmoid(y)
torch.set_num_threads(2)
two = torch.sigmoid(y)
print((one != two).nonzero().flatten().tolist())
print(one[500000].item(), two[500000].item(), one[1000001].item(), two[1000001].item())
# Element-wise arithmetic and exp give the same bits for any thread count.
torch.set_num_threads(3)
three = (y * 2 + 1).exp()
torch.set_num_threads(1)
print(torch.equal(three, (y * 2 + 1).exp()))
