#!/usr/bin/env python3
"""Time from starting a Jupyter kernel process to its `kernel_info_reply`, best of N.

Usage (under a Python with jupyter_client, e.g. make kernel-test's .build-venv):
    python Benchmarks/kernel_start.py --wick .build/release/wick [--ipykernel-python PY] [--repeats 5]
The ipykernel side runs `PY -m ipykernel_launcher` with `import torch` as a start-up line (what a
PyTorch notebook needs before its first cell); it is skipped when PY cannot import both.
Prints `kernel_start_wick: N us` and `kernel_start_ipykernel_torch: N us` lines.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import zmq

from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file


def start_to_info(argv_for):
    """Seconds from Popen to the kernel_info_reply, then shuts the kernel down."""
    directory = tempfile.mkdtemp(prefix="wick-kernel-bench-")
    connection_file, _ = write_connection_file(os.path.join(directory, "kernel.json"))
    # Reconnect every millisecond (libzmq's default is 100 ms), so the time measured is the
    # kernel's, not the client's retry interval while the kernel is not yet listening.
    context = zmq.Context()
    context.setsockopt(zmq.RECONNECT_IVL, 1)
    client = BlockingKernelClient(connection_file=connection_file, context=context)
    client.load_connection_file()
    start = time.perf_counter()
    kernel = subprocess.Popen(argv_for(connection_file), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client.start_channels()
        while True:
            msg_id = client.kernel_info()
            try:
                reply = client.get_shell_msg(timeout=0.01)
            except Exception:
                if kernel.poll() is not None:
                    raise RuntimeError("the kernel exited")
                if time.perf_counter() - start > 120:
                    raise RuntimeError("no kernel_info_reply in 120 s")
                continue
            if reply["parent_header"].get("msg_id") == msg_id or reply["msg_type"] == "kernel_info_reply":
                elapsed = time.perf_counter() - start
                break
        client.shutdown()
        kernel.wait(timeout=30)
        return elapsed
    finally:
        client.stop_channels()
        if kernel.poll() is None:
            kernel.kill()
            kernel.wait()


def has_ipykernel_and_torch(python):
    try:
        probe = subprocess.run([python, "-c", "import ipykernel, torch"], capture_output=True, timeout=120)
        return probe.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wick", required=True)
    parser.add_argument("--ipykernel-python", default=os.environ.get("IPYKERNEL_PYTHON", os.environ.get("TORCH_PYTHON")))
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    wick = os.path.abspath(args.wick)
    best = min(start_to_info(lambda cf: [wick, "kernel", "-f", cf]) for _ in range(args.repeats))
    print("kernel_start_wick: %.1f us" % (best * 1e6))
    python = args.ipykernel_python
    if python and has_ipykernel_and_torch(python):
        argv = lambda cf: [python, "-m", "ipykernel_launcher", "-f", cf, "--IPKernelApp.exec_lines=import torch"]
        best = min(start_to_info(argv) for _ in range(max(args.repeats // 2, 1)))
        print("kernel_start_ipykernel_torch: %.1f us" % (best * 1e6))
    else:
        print("(no Python with ipykernel and torch: the ipykernel side is skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
