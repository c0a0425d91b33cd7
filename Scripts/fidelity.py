#!/usr/bin/env python3
"""Differential fidelity harness: every op under Wick and under PyTorch 2.15, bit by bit.

For each op and dtype it generates seeded random cases — shapes of 0 to 3 dimensions and long
1-d runs, transposed, sliced (strided) and broadcast layouts, scales from 2^-20 to 2^20, special
values (nan, ±inf, ±0, subnormals) — runs the same generated program under Wick and under
CPython + PyTorch (one thread, as `make bench` runs it), and reports per op and dtype how many
results are bit-identical and the largest difference in ulps. Never run in CI (it needs PyTorch):

  Scripts/fidelity.py --wick .build/release/wick --python /work/torch-venv/bin/python \\
      [--cases 2000] [--ops sum,exp] [--jobs 2] [--markdown table.md] [--show 3]

Inputs are made on both sides by `torch.randn`/`rand`/`randint` after `torch.manual_seed`
(Wick's generator is PyTorch's, bit for bit; the `input` rows check that), then special values
are written into them. Each case prints `R <tolist()>` or `E` (an exception); a case agrees when
both sides print the same values to the bit (nan equals nan) or both raise. PyTorch's outputs are
cached under .build/fidelity-cache by the program's hash, so a rerun costs only Wick's time.
"""

import argparse
import hashlib
import math
import os
import random
import struct
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fidelity_ops import OPS  # noqa: E402

PRELUDE = '''import torch
import torch.nn.functional as F
SPECIAL = [float('nan'), float('inf'), -float('inf'), 0.0, -0.0, 1e-40, 5e-324, 1.0, -1.0, 0.5, 2.0, 1e30, -1e-42]


def mk(shape, dtype, kind, scale, layout, specials):
    base = list(shape)
    if layout == 1 and len(shape) >= 2:
        base = base[::-1]
    if layout == 2 and len(shape) >= 1:
        base[-1] = base[-1] * 2
    if kind == 'int':
        t = torch.randint(-scale, scale + 1, base)
        if dtype != torch.int64:
            t = t.to(dtype)
    elif kind == 'pos':
        t = torch.rand(base, dtype=dtype) * scale + scale / 1024
    elif kind == 'unit':
        t = torch.rand(base, dtype=dtype) * 0.998 + 0.001
    elif kind == 'index':
        t = torch.randint(0, scale, base)
    else:
        t = torch.randn(base, dtype=dtype) * scale
    flat = t.view(-1)
    n = flat.numel()
    if n > 0:
        for i, v in specials:
            flat[i % n] = SPECIAL[v]
    if layout == 1 and len(shape) >= 2:
        t = t.permute(list(range(len(shape)))[::-1])
    if layout == 2 and len(shape) >= 1:
        t = t[..., ::2]
    return t


def R(f):
    try:
        r = f()
    except Exception:
        return 'E'
    if isinstance(r, torch.Tensor):
        return 'R ' + repr(r.tolist())
    if isinstance(r, tuple):
        return 'R ' + repr([x.tolist() for x in r])
    return 'R ' + repr(r)


'''

DTYPES = {'float32': 'torch.float32', 'float64': 'torch.float64', 'int64': 'torch.int64'}
THREADS = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")


class Case:
    """One random case: the statements that make its inputs, then the op's expression."""

    def __init__(self, rng, op, dtype):
        self.rng = rng
        self.op = op
        self.dtype = dtype
        self.lines = []

    def shape(self, rank=None, big=False, limit=20000):
        """0 to 3 dims, mostly small; a long first dim (up to 5,000) when `big`; at most `limit` elements."""
        rng = self.rng
        if rank is None:
            rank = rng.choice([0, 1, 1, 2, 2, 2, 3, 3])
        if rank == 0:
            return []
        if big or (rank == 1 and rng.random() < 0.25):
            first = min(limit, rng.choice([rng.randint(1, 70), rng.randint(60, 600), rng.randint(500, 5000)]))
        else:
            first = rng.randint(1, 9) if rng.random() < 0.7 else rng.randint(10, 130)
        shape = [min(first, limit)]
        for _ in range(rank - 1):
            room = max(1, limit // math.prod(shape))
            shape.append(min(room, rng.randint(1, 9) if rng.random() < 0.7 else rng.randint(10, 130)))
        return shape

    def tensor(self, name, shape, kind=None, layout=None, specials=True, dtype=None):
        rng = self.rng
        dtype = dtype or self.dtype
        kind = kind or self.op.get('kind', 'normal')
        if DTYPES[dtype] == 'torch.int64' and kind not in ('index',):
            kind = 'int'
        if kind == 'int':
            scale = rng.choice([3, 20, 1000])
        elif kind == 'index':
            scale = self.op.get('classes', 5)
        else:
            scale = rng.choice(self.op.get('scales', [2.0 ** -20, 2.0 ** -3, 1.0, 1.0, 4.0, 2.0 ** 20]))
        if layout is None:
            layout = rng.choice([0, 0, 0, 1, 2]) if self.op.get('strided', True) else 0
        marks = []
        if specials and kind not in ('index', 'int') and self.op.get('specials', True) and rng.random() < 0.3:
            marks = [(rng.randint(0, 10 ** 6), rng.randint(0, 12)) for _ in range(rng.randint(1, 3))]
        self.lines.append(f"{name} = mk({shape}, {DTYPES[dtype]}, '{kind}', {scale!r}, {layout}, {marks})")

    def number(self):
        return self.rng.choice(self.op.get('numbers', [2, 3, 0.5, -1, -2, 2.5, 0.1, 1e-3, 7, -0.25]))


def make_case(seed, op, dtype):
    rng = random.Random(f"{op['name']}/{dtype}/{seed}")
    case = Case(rng, op, dtype)
    case.lines.append(f"torch.manual_seed({seed})")
    expression = op['make'](case)
    return case.lines, expression


def program(op, dtype, count):
    out = [PRELUDE]
    for seed in range(count):
        lines, expression = make_case(seed, op, dtype)
        out.extend(lines)
        out.append(f"print({seed}, R(lambda: {expression}))")
    return "\n".join(out) + "\n"


def run(command, source, timeout):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        done = subprocess.run(command + [path], capture_output=True, text=True, timeout=timeout, env=THREADS)
        return done.stdout, done.returncode, done.stderr[-2000:]
    except subprocess.TimeoutExpired:
        return "", -1, "timeout"
    finally:
        os.unlink(path)


def parse(stdout):
    results = {}
    for line in stdout.splitlines():
        seed, _, rest = line.partition(" ")
        if seed.isdigit():
            results[int(seed)] = rest
    return results


def values(text):
    """The flat list of numbers in a `R [...]` line (nan, inf as floats; bools as ints)."""
    body = text[2:]
    out = []
    for token in body.replace("[", " ").replace("]", " ").replace(",", " ").split():
        if token in ("True", "False"):
            out.append(1 if token == "True" else 0)
        elif token in ("nan", "inf", "-inf"):
            out.append(float(token))
        elif any(c in token for c in ".e") or token in ("nan",):
            out.append(float(token))
        else:
            out.append(int(token))
    return out, body.count("[")


def ordered(x, double):
    if double:
        (i,) = struct.unpack("<q", struct.pack("<d", x))
    else:
        (i,) = struct.unpack("<i", struct.pack("<f", x))
    return i if i >= 0 else -(i & (2 ** 63 - 1 if double else 2 ** 31 - 1))


def ulps(a, b, double):
    if isinstance(a, int) and isinstance(b, int):
        return abs(a - b)
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return 0 if math.isnan(a) and math.isnan(b) else math.inf
    if not double and (abs(a) > 3.5e38 and not math.isinf(a) or abs(b) > 3.5e38 and not math.isinf(b)):
        return math.inf
    return abs(ordered(a, double) - ordered(b, double))


def compare(wick, torch_, dtype):
    """(agree, kind, ulps) for one case."""
    if wick == torch_:
        return True, "same", 0
    if wick is None:
        return False, "crash", math.inf
    if wick == "E" or torch_ == "E":
        return False, "wick raised" if wick == "E" else "torch raised", math.inf
    (wv, wd), (tv, td) = values(wick), values(torch_)
    if len(wv) != len(tv) or wd != td:
        return False, "shape", math.inf
    worst = 0
    double = dtype == "float64"
    for a, b in zip(wv, tv):
        if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
            continue
        if a == b and (not isinstance(a, float) or math.copysign(1, a) == math.copysign(1, float(b))):
            continue
        worst = max(worst, ulps(a, b, double) or 1)
    return worst == 0, "same" if worst == 0 else "value", worst


DRIVER = """import contextlib, io, os, sys, torch
torch.set_num_threads(1)
for source, target in zip(sys.argv[1::2], sys.argv[2::2]):
    out = io.StringIO()
    with open(source) as f:
        code = compile(f.read(), source, "exec")
    with contextlib.redirect_stdout(out):
        exec(code, {"__name__": "__main__"})
    with open(target + ".part", "w") as f:
        f.write(out.getvalue())
    os.replace(target + ".part", target)
"""


def cache_path(args, source):
    key = hashlib.sha256((args.python + source).encode()).hexdigest()[:24]
    return os.path.join(args.cache, key)


def torch_outputs(args, sources):
    """Runs every uncached program in one PyTorch process (importing torch takes seconds)."""
    os.makedirs(args.cache, exist_ok=True)
    missing = [s for s in dict.fromkeys(sources) if not os.path.exists(cache_path(args, s))]
    with tempfile.TemporaryDirectory() as folder:
        argv = []
        for i, source in enumerate(missing):
            path = os.path.join(folder, f"p{i}.py")
            with open(path, "w") as f:
                f.write(source)
            argv += [path, cache_path(args, source)]
        if missing:
            print(f"running {len(missing)} programs under PyTorch", file=sys.stderr)
            done = subprocess.run([args.python, "-c", DRIVER] + argv, env=THREADS, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"PyTorch failed on a generated program: {done.stderr[-3000:]}")
    outputs = {}
    for source in sources:
        with open(cache_path(args, source)) as f:
            outputs[source] = f.read()
    return outputs


def measure(args, op, dtype, source, expected):
    reference = parse(expected)
    stdout, code, err = run([args.wick, "--max-memory", "4G"], source, 3600)
    mine = parse(stdout)
    row = {"op": op["name"], "dtype": dtype, "cases": len(reference), "same": 0, "ulps": 0, "kinds": {},
           "examples": [], "crash": "" if code == 0 else err.strip().splitlines()[-1:]}
    for seed, expected in sorted(reference.items()):
        agree, kind, distance = compare(mine.get(seed), expected, dtype)
        if agree:
            row["same"] += 1
            continue
        row["kinds"][kind] = row["kinds"].get(kind, 0) + 1
        row["ulps"] = max(row["ulps"], distance)
        if len(row["examples"]) < args.show:
            lines, expression = make_case(seed, op, dtype)
            row["examples"].append((seed, lines[1:], expression, mine.get(seed), expected))
    row["unsupported"] = all(v == "E" for v in mine.values()) and any(v != "E" for v in reference.values())
    return row


def fmt_ulps(row):
    if row["same"] == row["cases"]:
        return "0"
    u = row["ulps"]
    return "—" if u == math.inf else str(u)


def report(rows, markdown):
    lines = ["| op | dtype | cases | bit-identical | max ulps | differences |", "| --- | --- | ---: | ---: | ---: | --- |"]
    for row in rows:
        percent = 100.0 * row["same"] / max(1, row["cases"])
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(row["kinds"].items()))
        if row["unsupported"]:
            kinds = "not in Wick"
        if row["crash"]:
            kinds += f" (Wick exited: {row['crash']})"
        text = f"{percent:.2f} %" if row["same"] != row["cases"] else "100 %"
        lines.append(f"| `{row['op']}` | {row['dtype']} | {row['cases']} | {text} | {fmt_ulps(row)} | {kinds} |")
    table = "\n".join(lines)
    print(table)
    if markdown:
        with open(markdown, "w") as f:
            f.write(table + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wick", default=".build/release/wick")
    parser.add_argument("--python", default=os.environ.get("TORCH_PYTHON", "python3"))
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--ops", default="", help="comma-separated op names (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="print this many differing cases per row")
    parser.add_argument("--markdown", default="")
    parser.add_argument("--cache", default=".build/fidelity-cache")
    args = parser.parse_args()
    wanted = set(filter(None, args.ops.split(",")))
    jobs = [(op, dtype) for op in OPS if not wanted or op["name"] in wanted for dtype in op["dtypes"]]
    sources = [program(op, dtype, args.cases) for op, dtype in jobs]
    expected = torch_outputs(args, sources)
    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda j: measure(args, *j[0], j[1], expected[j[1]]), zip(jobs, sources)))
    for row in rows:
        for seed, lines, expression, mine, expected in row["examples"]:
            print(f"--- {row['op']} {row['dtype']} case {seed}: {expression}\n    " + "\n    ".join(lines))
            print(f"    wick:  {(mine or 'no output')[:300]}\n    torch: {expected[:300]}")
    report(rows, args.markdown)


if __name__ == "__main__":
    main()
