#!/usr/bin/env python3
"""Runs the benchmark scripts under wick and, when PyTorch is importable, under Python + PyTorch
with one thread, and prints a table of both times and their ratio (PyTorch time / Wick time).

Usage: python3 Benchmarks/run.py --wick .build/release/wick [--python /path/to/python-with-torch]
The Python interpreter defaults to $TORCH_PYTHON, else python3. Standard library only.
"""
import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ["small_op.py", "seed_forward_backward.py", "doubling_loop.py", "elementwise.py",
           "matmul.py", "mlp_step.py", "poly_fit.py", "nn_sgd_step.py", "nn_adam_step.py", "nn_small_fit.py"]
LINE = re.compile(r"^(\w+): ([0-9.]+) us$")
ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def run(cmd, script):
    env = dict(os.environ, **ONE_THREAD)
    out = subprocess.run(cmd + [os.path.join(HERE, script)], capture_output=True, text=True, env=env, timeout=600)
    if out.returncode != 0:
        return {}, out.stderr.strip().splitlines()[-1:] or ["failed"]
    found = {}
    for line in out.stdout.splitlines():
        m = LINE.match(line.strip())
        if m:
            found[m.group(1)] = float(m.group(2))
    return found, []


def process_cost(cmd, script, repeats=10):
    """Best wall time (s) and largest peak RSS (MiB) of running a whole process."""
    best, peak = 1e9, 0.0
    env = dict(os.environ, **ONE_THREAD)
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd + [os.path.join(HERE, script)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        best = min(best, time.perf_counter() - t0)
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, peak


def has_torch(python):
    try:
        return subprocess.run([python, "-c", "import torch"], capture_output=True, timeout=120).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def kernel_start_rows(args, wick, ipykernel_python):
    """Kernel start to kernel_info_reply: Wick against ipykernel with torch imported."""
    if not os.path.exists(args.kernel_python):
        print(f"(no jupyter_client Python at {args.kernel_python}: kernel start-up skipped; make kernel-test makes it)")
        return []
    out = subprocess.run([args.kernel_python, os.path.join(HERE, "kernel_start.py"), "--wick", wick,
                          "--ipykernel-python", ipykernel_python], capture_output=True, text=True, timeout=900)
    found = {m.group(1): float(m.group(2)) for m in map(LINE.match, out.stdout.splitlines()) if m}
    if "kernel_start_wick" not in found:
        print("kernel start-up failed: " + (out.stderr.strip().splitlines() or ["?"])[-1])
        return []
    return [("kernel_start_to_info", found["kernel_start_wick"], found.get("kernel_start_ipykernel_torch"))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wick", required=True)
    ap.add_argument("--python", default=os.environ.get("TORCH_PYTHON", "python3"))
    ap.add_argument("--kernel-python", default=os.path.join(os.path.dirname(HERE), ".build-venv", "bin", "python"),
                    help="a Python with jupyter_client, for the kernel start-up row (make kernel-test makes one)")
    ap.add_argument("--ipykernel-python", default=os.environ.get("IPYKERNEL_PYTHON"),
                    help="a Python with ipykernel and torch (default: --python)")
    args = ap.parse_args()
    wick = [os.path.abspath(args.wick)]
    torch_python = [args.python] if has_torch(args.python) else None
    if torch_python is None:
        print(f"(PyTorch not importable with {args.python}: Wick times only)")
    rows = []
    for script in SCRIPTS:
        mine, errors = run(wick, script)
        theirs, their_errors = run(torch_python, script) if torch_python else ({}, [])
        for e in errors:
            print(f"{script}: wick failed: {e}")
        for e in their_errors:
            print(f"{script}: python failed: {e}")
        for name in mine.keys() | theirs.keys():
            rows.append((name, mine.get(name), theirs.get(name)))
    w_time, w_rss = process_cost(wick, "startup.py")
    rows.append(("startup_first_cells", w_time * 1e6, None))
    p_time, p_rss = (process_cost(torch_python, "startup.py", repeats=3) if torch_python else (None, None))
    if p_time is not None:
        rows[-1] = ("startup_first_cells", w_time * 1e6, p_time * 1e6)
    rows += kernel_start_rows(args, wick[0], args.ipykernel_python or args.python)
    print(f"{'benchmark':<24}{'wick (us)':>14}{'pytorch (us)':>16}{'ratio':>9}")
    for name, w, p in rows:
        ws = f"{w:.1f}" if w is not None else "-"
        ps = f"{p:.1f}" if p is not None else "-"
        ratio = f"{p / w:.2f}x" if w and p else "-"
        print(f"{name:<24}{ws:>14}{ps:>16}{ratio:>9}")
    print(f"peak memory of start-up + first cells: wick {w_rss:.1f} MiB" +
          (f", pytorch {p_rss:.1f} MiB" if p_rss is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
