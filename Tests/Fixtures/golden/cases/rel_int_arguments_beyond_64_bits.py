# tags: errors
import torch

programs = [
    ("torch.zeros()", lambda: torch.zeros()),
    ("torch.ones()", lambda: torch.ones()),
    ("torch.full((2), 1.0)", lambda: torch.full((2), 1.0)),
    ("torch.arange(6).reshape()", lambda: torch.arange(6).reshape()),
    ("torch.randint(0, 2**63, (2,))", lambda: torch.randint(0, 2**63, (2,))),
    ("torch.zeros(2)[2**63]", lambda: torch.zeros(2)[2**63]),
    ("torch.ones(3).sum(2**63)", lambda: torch.ones(3).sum(2**63)),
    ("torch.tensor(2**63)", lambda: torch.tensor(2**63)),
    ("torch.ones(2) + 2**64", lambda: torch.ones(2) + 2**64),
    ("torch.arange(-2**63 - 1, 0)", lambda: torch.arange(-2**63 - 1, 0)),
    ("torch.full((2,), 2**63)", lambda: torch.full((2,), 2**63)),
]
for source, program in programs:
    try:
        print(source, "->", program())
    except Exception as e:
        print(source, "->", type(e).__name__ + ":", str(e).split("\n")[0])
print(torch.tensor(float("nan")).long(), torch.tensor(float("inf")).long(), torch.tensor(1e30).int())
print(torch.tensor([2.7, -2.7, float("nan")]).int())
