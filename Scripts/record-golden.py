#!/usr/bin/env python3
"""Records a golden case's expected output by running it under real CPython + PyTorch.

usage: record-golden.py PYTHON CASE.py [CASE.py ...]

Writes CASE.stdout, and CASE.stderr / CASE.exit when the run warned, raised or exited non-zero,
in the form Tests/Fixtures/golden/README.md describes (warnings as `Category: message`, then the
final exception line). Never edit what it writes: re-record instead.
"""
import os
import re
import subprocess
import sys

WARNING = re.compile(r"^\S.*?:\d+: (\w+(?:Warning)): (.*)$")


def essential_stderr(text: str) -> list[str]:
    lines = text.splitlines()
    out = []
    for line in lines:
        m = WARNING.match(line)
        if m:
            message = re.sub(r" \(Triggered internally at .*\)$", "", m.group(2))
            out.append(f"{m.group(1)}: {message}")
    # The exception line: the last line that is not indented, after a traceback.
    if "Traceback (most recent call last):" in text:
        for line in reversed(lines):
            if line and not line.startswith(" ") and not line.startswith("~"):
                out.append(line)
                break
    return out


def record(python: str, case: str) -> None:
    folder, name = os.path.split(os.path.abspath(case))
    stem = name[:-3]
    run = subprocess.run([python, name], cwd=folder, capture_output=True, text=True, timeout=300)
    with open(os.path.join(folder, stem + ".stdout"), "w") as f:
        f.write(run.stdout)
    for suffix in (".stderr", ".exit"):
        path = os.path.join(folder, stem + suffix)
        if os.path.exists(path):
            os.remove(path)
    essential = essential_stderr(run.stderr)
    if essential:
        with open(os.path.join(folder, stem + ".stderr"), "w") as f:
            f.write("\n".join(essential) + "\n")
    if run.returncode != 0:
        with open(os.path.join(folder, stem + ".exit"), "w") as f:
            f.write(f"{run.returncode}\n")
    print(f"{stem}: exit {run.returncode}, {len(run.stdout.splitlines())} stdout lines, stderr {essential}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for case in sys.argv[2:]:
        record(sys.argv[1], case)
