import torch
# Boundary integers (2^31, 2^53, 2^62, 2^63 - 1, -2^63, 2^64) where user numbers reach 64-bit
# arithmetic: each must raise or compute, never trap. Seeds the fuzzer with them.
values = [2**31, 2**31 - 1, -2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -2**63, -2**63 - 1, 2**64, -1, 0]
count = 0
for v in values:
    for make in [
        lambda: torch.zeros(v), lambda: torch.ones(0, v, 4) + 1, lambda: torch.arange(6)[::v],
        lambda: torch.arange(6)[v:], lambda: torch.randint(0, v, (2,)), lambda: torch.arange(0, v, v),
        lambda: torch.full((2,), v), lambda: torch.ones(2) + v, lambda: torch.tensor(v),
        lambda: range(v)[-1], lambda: range(-v, v, v)[0], lambda: len(range(0, v, 3)),
        lambda: [0] * v, lambda: "x" * v, lambda: round(1.5, v), lambda: list(enumerate([1], v)),
        lambda: torch.ones(3).reshape(v), lambda: torch.ones(3).sum(v), lambda: torch.tensor(v * 0.5).long(),
        lambda: [1, 2].pop(v), lambda: (1, 2)[v], lambda: "abc"[v:], lambda: v.to_bytes(8, "little"),
        lambda: float(v), lambda: int(float(v)), lambda: v // -1, lambda: divmod(v, 7), lambda: pow(v, 2, 97),
    ]:
        try:
            make()
        except Exception:
            pass
        count += 1
print("done", count)
