# tags: autograd errors
import torch
from torch.autograd.functional import jacobian, hessian

x = torch.ones(2)
cases = [
    (jacobian, lambda a: a, 3),
    (jacobian, lambda a, b: a, (x, 3)),
    (jacobian, lambda a: a, [x]),
    (jacobian, lambda a: 3, x),
    (jacobian, lambda a: (a, 3), x),
    (hessian, lambda a: a.sum(), 3),
    (hessian, lambda a: 3, x),
    (hessian, lambda a: a.sum(), (x, "s")),
]
for fn, f, inputs in cases:
    try:
        fn(f, inputs)
    except TypeError as e:
        print(e)

print(jacobian(lambda a: a * 2, x))
print(jacobian(lambda a, b: a * b, (x, x * 3)))
