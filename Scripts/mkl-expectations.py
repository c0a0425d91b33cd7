#!/usr/bin/env python3
"""Writes Tests/Fixtures/mkl-expectations.json: PyTorch's bits for the MKL backend's tests.

Run with a Python that has PyTorch 2.15 (the CPU wheel, whose MKL the tests compare against):
    Scripts/mkl-expectations.py /path/to/python-with-torch > Tests/Fixtures/mkl-expectations.json
The inputs are formulas (no random numbers), which Tests/MKLTests/MKLBackendTests.swift builds the same way:
24 values per function, and a 6 x 13 by 13 x 5 product.
"""
import subprocess
import sys

PROGRAM = r'''
import json
import torch
torch.set_num_threads(1)
FUNCTIONS = ["exp", "log", "log10", "log2", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "tanh", "erf", "erfc"]
POSITIVE = {"log", "log10", "log2", "sqrt"}
UNIT = {"asin", "acos"}


def inputs(name):
    u = [0.0123 + i * 0.04111 for i in range(24)]
    if name in UNIT:
        return [2 * v - 1 for v in u]
    if name in POSITIVE:
        return [9 * v + 0.001 for v in u]
    return [9 * v - 4 for v in u]


out = {"torch": torch.__version__, "unary": {}}
for name in FUNCTIONS:
    x = inputs(name)
    out["unary"][name] = {
        "float32": getattr(torch, name)(torch.tensor(x, dtype=torch.float32)).double().tolist(),
        "float64": getattr(torch, name)(torch.tensor(x, dtype=torch.float64)).tolist(),
    }
a = [[(i * 7 + j * 3) % 11 * 0.173 - 0.9 for j in range(13)] for i in range(6)]
b = [[(i * 5 + j * 2) % 9 * 0.311 - 1.2 for j in range(5)] for i in range(13)]
for dtype in ["float32", "float64"]:
    t = getattr(torch, dtype)
    out["mm_" + dtype] = torch.mm(torch.tensor(a, dtype=t), torch.tensor(b, dtype=t)).double().flatten().tolist()
print(json.dumps(out, indent=1))
'''

sys.stdout.write(subprocess.run([sys.argv[1], "-c", PROGRAM], check=True, capture_output=True, text=True).stdout)
