# tags: autograd
import torch

class MaxWithIndex(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        value, index = x.max(0)
        ctx.mark_non_differentiable(index)
        ctx.save_for_backward(x, index)
        return value, index

    @staticmethod
    def backward(ctx, g_value, g_index):
        print("index grad:", g_index)
        x, index = ctx.saved_tensors
        grad = torch.zeros_like(x)
        grad[index] = g_value
        return grad

x = torch.tensor([1.0, 5.0, 2.0], requires_grad=True)
v, i = MaxWithIndex.apply(x)
print(v, i)
print(v.requires_grad, i.requires_grad, i.grad_fn)
v.backward()
print(x.grad)
