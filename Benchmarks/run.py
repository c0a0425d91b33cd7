#!/usr/bin/env python3
"""Runs the benchmark scripts under wick and, when PyTorch is importable, under Python + PyTorch,
and prints two tables of both times and their ratio (PyTorch time / Wick time): one thread on both
sides (OMP_NUM_THREADS=MKL_NUM_THREADS=OPENBLAS_NUM_THREADS=1, the fair kernel comparison), then
both sides with their defaults (those variables removed: what a user sees). Each script runs
--repeats times per side, the two sides interleaved, and each row keeps its best time.

Usage: python3 Benchmarks/run.py --wick .build/release/wick [--python /path/to/python-with-torch]
       [--repeats 3] [--only elementwise.py,matmul.py]
The Python interpreter defaults to $TORCH_PYTHON, else python3. Standard library only.
"""
import argparse
import os
import platform
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ["small_op.py", "seed_forward_backward.py", "doubling_loop.py", "elementwise.py",
           "matmul.py", "mlp_step.py", "poly_fit.py", "nn_sgd_step.py", "nn_adam_step.py", "nn_small_fit.py"]
LINE = re.compile(r"^(\w+): ([0-9.]+) us$")
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
ONE_THREAD = {name: "1" for name in THREAD_VARIABLES}


def environment(one_thread):
    """The environment of a run: one thread on both sides, or every thread variable removed."""
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    return dict(env, **ONE_THREAD) if one_thread else env


def run(cmd, script, one_thread=True):
    env = environment(one_thread)
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
    env = environment(True)
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


def machine():
    """The CPU model, its vector extensions and the load, for the record (docs/benchmarks.md)."""
    model, flags = platform.processor() or "?", set()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "model name":
                    model = value.strip()
                elif key.strip() == "flags":
                    flags = set(value.split())
    except OSError:
        pass
    shown = [f for f in ("avx2", "fma", "avx512f", "avx512dq", "avx512bw", "avx512vl") if f in flags]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{model}, {os.cpu_count()} logical CPUs, {' '.join(shown) or 'no AVX2'}; load {load:.1f}"


def timed_rows(wick, torch_python, scripts, repeats, one_thread):
    """(name, best wick µs, best PyTorch µs) per row, the two sides interleaved `repeats` times."""
    best = {}
    for script in scripts:
        for _ in range(repeats):
            for side, cmd in (("wick", wick), ("python", torch_python)):
                if cmd is None:
                    continue
                found, errors = run(cmd, script, one_thread)
                for e in errors:
                    print(f"{script}: {side} failed: {e}")
                for name, value in found.items():
                    row = best.setdefault(name, {})
                    row[side] = min(row.get(side, value), value)
    return [(name, row.get("wick"), row.get("python")) for name, row in best.items()]


def print_table(title, rows):
    print(title)
    print(f"{'benchmark':<24}{'wick (us)':>14}{'pytorch (us)':>16}{'ratio':>9}")
    for name, w, p in rows:
        ws = f"{w:.1f}" if w is not None else "-"
        ps = f"{p:.1f}" if p is not None else "-"
        ratio = f"{p / w:.2f}x" if w and p else "-"
        print(f"{name:<24}{ws:>14}{ps:>16}{ratio:>9}")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wick", required=True)
    ap.add_argument("--python", default=os.environ.get("TORCH_PYTHON", "python3"))
    ap.add_argument("--kernel-python", default=os.path.join(os.path.dirname(HERE), ".build-venv", "bin", "python"),
                    help="a Python with jupyter_client, for the kernel start-up row (make kernel-test makes one)")
    ap.add_argument("--ipykernel-python", default=os.environ.get("IPYKERNEL_PYTHON"),
                    help="a Python with ipykernel and torch (default: --python)")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each script per side and table (best kept)")
    ap.add_argument("--only", default="", help="comma-separated scripts to run (default: all; skips start-up rows)")
    args = ap.parse_args()
    wick = [os.path.abspath(args.wick)]
    torch_python = [args.python] if has_torch(args.python) else None
    if torch_python is None:
        print(f"(PyTorch not importable with {args.python}: Wick times only)")
    scripts = [s for s in args.only.split(",") if s] or SCRIPTS
    print(f"machine: {machine()}\n")
    print_table("one thread on both sides (OMP/MKL/OPENBLAS_NUM_THREADS=1)",
                timed_rows(wick, torch_python, scripts, args.repeats, one_thread=True))
    print_table(f"defaults on both sides ({os.cpu_count()} logical CPUs; wick --threads and torch.get_num_threads() "
                "both default to the physical cores)",
                timed_rows(wick, torch_python, scripts, args.repeats, one_thread=False))
    if args.only:
        return 0
    rows = []
    w_time, w_rss = process_cost(wick, "startup.py")
    rows.append(("startup_first_cells", w_time * 1e6, None))
    p_time, p_rss = (process_cost(torch_python, "startup.py", repeats=3) if torch_python else (None, None))
    if p_time is not None:
        rows[-1] = ("startup_first_cells", w_time * 1e6, p_time * 1e6)
    rows += kernel_start_rows(args, wick[0], args.ipykernel_python or args.python)
    print_table("start-up (whole processes, one thread)", rows)
    print(f"peak memory of start-up + first cells: wick {w_rss:.1f} MiB" +
          (f", pytorch {p_rss:.1f} MiB" if p_rss is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
