#!/usr/bin/env python3
"""Writes Tests/Fixtures/kernel_reference.json: what PyTorch computes for large sums and for exp,
the oracle of the vector-kernel tests. Run with a Python that has PyTorch (never in CI):

    /path/to/python-with-torch Scripts/kernel-reference.py

Sum inputs come from a 64-bit LCG that the Swift tests reproduce exactly (KernelReference.values);
sums are taken with one thread, the order Wick reproduces. Values are float.hex strings."""
import json
import os

import numpy as np
import torch

torch.set_num_threads(1)
MASK = (1 << 64) - 1
MUL, INC = 6364136223846793005, 1442695040888963407


def lcg_floats(count, seed):
    state = (seed * MUL + INC) & MASK
    out = np.empty(count, dtype=np.float32)
    for i in range(count):
        state = (state * MUL + INC) & MASK
        unit = np.float32(state >> 40) / np.float32(1 << 24)
        scale = np.float32(1000) if (state >> 20) & 7 == 0 else np.float32(1)
        out[i] = (unit - np.float32(0.4)) * scale
    return out


def hexes(t):
    return [float(v).hex() for v in t.reshape(-1).tolist()]


SUMS = [
    ("float32", [1 << 20], None, 1),
    ("float32", [100003], None, 2),
    ("float32", [1000, 1037], [0], 3),
    ("float32", [1000, 1037], [1], 3),
    ("float32", [64, 128], [0], 4),
    ("float32", [64, 10], [0], 5),
    ("float32", [33, 65, 17], [0, 2], 6),
    ("float32", [7, 300, 5], [1], 7),
    ("float64", [1 << 18], None, 8),
    ("float64", [513, 75], [0], 9),
    ("float64", [75, 513], [1], 9),
]

cases = []
for dtype, shape, dims, seed in SUMS:
    n = int(np.prod(shape))
    x = torch.from_numpy(lcg_floats(n, seed)).reshape(shape)
    if dtype == "float64":
        x = x.double() / 3
    s = x.sum() if dims is None else x.sum(dim=dims)
    cases.append({"dtype": dtype, "shape": shape, "dims": dims, "seed": seed, "values": hexes(s)})

xs = torch.cat([torch.linspace(-110, 110, 3001), torch.tensor([0.0, -0.0, 88.0, 88.72283, 88.72284, -103.27892,
                -103.2789, -103.97207, -103.97208, -87.9999, 1e-30, -1e-30, 1.4e-45])])
exp = {"inputs": hexes(xs), "torch": hexes(torch.exp(xs))}

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "Tests", "Fixtures", "kernel_reference.json")
with open(path, "w") as f:
    json.dump({"generator": f"PyTorch {torch.__version__} CPU, one thread", "sums": cases, "exp": exp}, f, indent=0)
print("wrote", os.path.normpath(path))
