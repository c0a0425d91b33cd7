# tags: ops errors
import torch


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
attempt(lambda: torch.linalg.vector_norm(torch.empty(0), float('inf')))
attempt(lambda: torch.linalg.vector_norm(torch.empty(0), -1))
attempt(lambda: torch.linalg.vector_norm(torch.empty(0), -1.5))
attempt(lambda: torch.linalg.vector_norm(torch.empty(2, 0), float('inf'), dim=0))
attempt(lambda: torch.linalg.vector_norm(torch.empty(2, 0), float('inf'), dim=1))
attempt(lambda: torch.linalg.vector_norm(torch.empty(0), 2))
attempt(lambda: torch.linalg.vector_norm(torch.tensor(3.0), 2, dim=0))
attempt(lambda: torch.linalg.vector_norm(torch.tensor([1, 2]), 2))
attempt(lambda: m.norm(dim=(0, 0)))
attempt(lambda: m.norm(dim=2))
attempt(lambda: m.norm(p='abc'))
attempt(lambda: torch.linalg.norm(m, 'abc'))
attempt(lambda: torch.linalg.norm(torch.tensor([1.0, 2.0]), 'fro'))
attempt(lambda: torch.linalg.norm(torch.ones(2, 2, 2), 1))
attempt(lambda: torch.linalg.norm(m, dim=(0, 1, 1)))
attempt(lambda: torch.norm(torch.ones(2, 2, 2), 1))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(2, 2, 2)))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3)))
