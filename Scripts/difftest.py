#!/usr/bin/env python3
"""Differential tester: random small programs under Wick and under CPython 3.11 + PyTorch.

Each program is one expression over builtins, str/list/dict methods and tensor factories, fed
boundary arguments (0, -1, 2**31, 2**53, 2**62, 2**63 - 1, -2**63, inf, nan, '', ...). Both sides
run the same generated batch file, which prints for every program either `R <repr>` or
`E <exception class>`; every program whose line differs is reported, grouped by kind:

  wrong value       both returned, the reprs differ
  missing error     PyTorch/CPython raised, Wick returned a value (a silent wrong answer)
  wrong exception   both raised, different classes
  spurious error    Wick raised where CPython returned (unsupported when NameError/AttributeError)
  crash             Wick died (a trap, a signal) or outlived the timeout

Runs outside CI (it needs PyTorch):

  Scripts/difftest.py --wick .build/release/wick --python /work/torch-venv/bin/python \\
      --programs 20000 --seed 1 [--batch 250] [--jobs 2] [--report report.txt]

The same seed generates the same programs. CPython runs under a 6 GiB address-space limit so
that a memory bomb is a quick MemoryError rather than a swap storm; Wick under --max-memory 1G.
"""

import argparse
import collections
import os
import random
import resource
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

INTS = [0, 1, -1, 2, 3, 5, 7, 10, -10, 255, 2**31 - 1, 2**31, 2**53, 2**53 + 1, 2**62,
        2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**20]
SMALL = [0, 1, 2, 3, -1, -2, 5]
FLOATS = ['0.0', '-0.0', '0.5', '1.5', '2.5', '-2.5', '3.14159', '1e308', '1e-320', "float('inf')",
          "float('-inf')", "float('nan')", '1e16', '123.456']
STRINGS = ["''", "'a'", "'abc'", "'a,b,,c'", "' a b  '", "'10'", "'-0x1f'", "'ff'", "'1_000'",
           "'Hello World'", "'  42  '", "'0b101'", "'1e5'", "'x y z'", "'€uro'"]
SEPS = ["','", "' '", "'b'", "None", "'ab'", "''"]
LISTS = ['[]', '[1, 2, 3]', '[3, 1, 2]', "['a', 'b']", '[1.5, 2]', '[[1], [2]]', '[0, -1, 2**63]',
         '[True, 2, 3.0]', "[None]"]
DTYPES = ['torch.float32', 'torch.float64', 'torch.int64', 'torch.int32', 'torch.bool']
SHAPE_DIMS = [0, 1, 2, 3, 5, -1, 2**62, 2**63 - 1]
TENSORS = ['torch.tensor([1.5, -2.0, 3.25])', 'torch.tensor([[1, 2], [3, 4]])', 'torch.arange(6)',
           'torch.tensor(7.0)', 'torch.tensor([True, False])', 'torch.zeros(2, 0)',
           'torch.ones(2, 3, dtype=torch.float64)', 'torch.tensor([float("nan"), 1.0])']


def pick(rng, values):
    return str(rng.choice(values))


def integer(rng):
    return pick(rng, INTS) if rng.random() < 0.6 else str(rng.randint(-20, 20))


def number(rng):
    return integer(rng) if rng.random() < 0.5 else pick(rng, FLOATS)


def shape(rng):
    dims = [pick(rng, SHAPE_DIMS) if rng.random() < 0.3 else str(rng.randint(0, 4))
            for _ in range(rng.randint(0, 3))]
    return ', '.join(dims)


def index_text(rng):
    if rng.random() < 0.5:
        return integer(rng)
    parts = [integer(rng) if rng.random() < 0.6 else '' for _ in range(rng.choice([2, 3]))]
    return ':'.join(parts)


def builtins_program(rng):
    forms = [
        lambda: f'abs({number(rng)})',
        lambda: f'round({pick(rng, FLOATS)})',
        lambda: f'round({number(rng)}, {integer(rng)})',
        lambda: f'int({pick(rng, STRINGS)})',
        lambda: f'int({pick(rng, STRINGS)}, {rng.choice([0, 2, 8, 10, 16, 36, 37, 1])})',
        lambda: f'int({pick(rng, FLOATS)})',
        lambda: f'float({pick(rng, STRINGS)})',
        lambda: f'str({number(rng)})',
        lambda: f'len({pick(rng, LISTS + STRINGS)})',
        lambda: f'min({pick(rng, LISTS)})',
        lambda: f'max({pick(rng, LISTS)}, default={integer(rng)})',
        lambda: f'max({number(rng)}, {number(rng)})',
        lambda: f'sum({pick(rng, LISTS)})',
        lambda: f'sorted({pick(rng, LISTS)})',
        lambda: f'list(range({rng.randint(-3, 6)}))',
        lambda: f'range({integer(rng)}, {integer(rng)}, {integer(rng)})[{integer(rng)}]',
        lambda: f'len(range({integer(rng)}, {integer(rng)}, {integer(rng)}))',
        lambda: f'list(enumerate({pick(rng, LISTS)}, {integer(rng)}))',
        lambda: f'{integer(rng)} // {integer(rng)}',
        lambda: f'{integer(rng)} % {integer(rng)}',
        lambda: f'{integer(rng)} ** {rng.randint(-2, 70)}',
        lambda: f'{integer(rng)} << {rng.randint(0, 70)}',
        lambda: f'{integer(rng)} >> {integer(rng)}',
        lambda: f'{number(rng)} / {number(rng)}',
        lambda: f'{number(rng)} // {number(rng)}',
        lambda: f'{number(rng)} % {number(rng)}',
        lambda: f'{number(rng)} < {number(rng)}',
        lambda: f'{number(rng)} == {number(rng)}',
        lambda: f'bool({pick(rng, LISTS + STRINGS + FLOATS)})',
        lambda: f'type({pick(rng, LISTS + STRINGS + FLOATS)}) == {rng.choice(["int", "float", "str", "list"])}',
        lambda: f'isinstance({number(rng)}, {rng.choice(["int", "float", "bool", "(int, float)"])})',
        lambda: f'f"{{{number(rng)}:{rng.choice(["", "5", ">8", "<6", "^7", "+", ".2f", ".0f", "e", ".3e", "g", "10.4f", "d", "x", ","])}}}"',
        lambda: f'list(zip({pick(rng, LISTS)}, {pick(rng, LISTS)}))',
        lambda: f'any({pick(rng, LISTS)}), all({pick(rng, LISTS)})',
    ]
    return rng.choice(forms)()


def sequence_program(rng):
    forms = [
        lambda: f'{pick(rng, STRINGS)}.split({pick(rng, SEPS)})',
        lambda: f'{pick(rng, STRINGS)}.split({pick(rng, SEPS)}, {integer(rng)})',
        lambda: f'{pick(rng, STRINGS)}.split(maxsplit={integer(rng)})',
        lambda: f'{pick(rng, STRINGS)}.strip()',
        lambda: f'{pick(rng, STRINGS)}.upper()',
        lambda: f'{pick(rng, STRINGS)}.replace({pick(rng, STRINGS)}, {pick(rng, STRINGS)})',
        lambda: f'{pick(rng, STRINGS)}.startswith({pick(rng, STRINGS)})',
        lambda: f'{pick(rng, STRINGS)}.join({pick(rng, LISTS)})',
        lambda: f'{pick(rng, STRINGS)}[{index_text(rng)}]',
        lambda: f'{pick(rng, STRINGS)} * {integer(rng)}',
        lambda: f'{pick(rng, STRINGS)} in {pick(rng, STRINGS)}',
        lambda: f'{pick(rng, LISTS)}[{index_text(rng)}]',
        lambda: f'{pick(rng, LISTS)} * {integer(rng)}',
        lambda: f'{pick(rng, LISTS)} + {pick(rng, LISTS)}',
        lambda: f'{pick(rng, LISTS)} == {pick(rng, LISTS)}',
        lambda: f'{pick(rng, LISTS)} < {pick(rng, LISTS)}',
        lambda: f'{pick(rng, LISTS)}.index({number(rng)})',
        lambda: f'{pick(rng, LISTS)}.count({number(rng)})',
        lambda: f'(lambda l: (l.pop({integer(rng)}), l))({pick(rng, LISTS)})',
        lambda: f'(lambda l: (l.insert({integer(rng)}, 9), l))({pick(rng, LISTS)})',
        lambda: f'tuple({pick(rng, LISTS)})[{index_text(rng)}]',
        lambda: f'{{1: "a", 2.0: "b", "k": 3}}.get({number(rng)}, {integer(rng)})',
        lambda: f'list({{{number(rng)}: 1, {number(rng)}: 2}}.items())',
        lambda: f'{number(rng)} in {pick(rng, LISTS)}',
        lambda: f'"{{}} and {{}}".format({number(rng)}, {pick(rng, STRINGS)})',
    ]
    return rng.choice(forms)()


def tensor_program(rng):
    t = pick(rng, TENSORS)
    forms = [
        lambda: f'torch.arange({number(rng)})',
        lambda: f'torch.arange({integer(rng)}, {integer(rng)}, {integer(rng)})',
        lambda: f'torch.arange({number(rng)}, {number(rng)}, {number(rng)}).shape',
        lambda: f'torch.zeros({shape(rng)})',
        lambda: f'torch.ones(({shape(rng)}), dtype={pick(rng, DTYPES)})',
        lambda: f'torch.full(({shape(rng)}), {number(rng)})',
        lambda: f'torch.zeros({shape(rng)}).shape',
        lambda: f'torch.zeros({shape(rng)}) + 1',
        lambda: f'torch.tensor({pick(rng, LISTS)})',
        lambda: f'torch.tensor({number(rng)})',
        lambda: f'torch.tensor({number(rng)}, dtype={pick(rng, DTYPES)})',
        lambda: f'torch.linspace({number(rng)}, {number(rng)}, {rng.choice(SMALL + [2**62])})',
        lambda: f'(torch.manual_seed({rng.randint(0, 9)}), torch.randint({integer(rng)}, {integer(rng)}, ({rng.randint(0, 4)},)))[1]',
        lambda: f'(torch.manual_seed(1), torch.randint(0, {rng.choice([2, 10, 300])}, (4,), dtype={pick(rng, DTYPES)}))[1]',
        lambda: f'torch.empty(3).uniform_({number(rng)}, {number(rng)}).shape',
        lambda: f'torch.empty(3).normal_({number(rng)}, {number(rng)}).shape',
        lambda: f'{t}[{index_text(rng)}]',
        lambda: f'{t}.sum(dim={rng.choice(["[]", "()", "0", "-1", "[0, 0]", "5", "None"])})',
        lambda: f'{t}.mean()',
        lambda: f'{t}.reshape({shape(rng)})',
        lambda: f'{t}.view({shape(rng)})',
        lambda: f'{t}.expand({shape(rng)})',
        lambda: f'{t}.clamp({number(rng)}, {number(rng)})',
        lambda: f'{t}.pow({number(rng)})',
        lambda: f'{t} * {number(rng)}',
        lambda: f'{t} // {number(rng)}',
        lambda: f'{t}.max()',
        lambda: f'{t}.argmax()',
        lambda: f'{t}.tolist()',
        lambda: f'{t}.item()',
        lambda: f'int({t})',
        lambda: f'float({t})',
        lambda: f'{number(rng)} in {t}',
        lambda: f'{t} in [1, 2, 3, 7]',
        lambda: f'len({t})',
        lambda: f'{t}.to({pick(rng, DTYPES)})',
        lambda: f'{t}.transpose(0, {rng.choice([0, 1, -1, 2])})',
        lambda: f'torch.cat([{t}, {t}], dim={rng.choice([0, 1, -1, 2])})',
        lambda: f'{t}.narrow(0, {integer(rng)}, {integer(rng)})',
        lambda: f'round({t}.sum().item(), {integer(rng)})',
    ]
    return rng.choice(forms)()


def generate(rng):
    """One program that compiles (a syntax error would lose its whole batch)."""
    while True:
        kind = rng.random()
        if kind < 0.35:
            program = builtins_program(rng)
        elif kind < 0.6:
            program = sequence_program(rng)
        else:
            program = tensor_program(rng)
        try:
            compile(program, '<program>', 'eval')
            return program
        except SyntaxError:
            continue


def batch_source(programs):
    lines = ['import torch', '']
    for i, program in enumerate(programs):
        lines += [
            f'print("@@ {i}")',
            'try:',
            f'    __value = ({program})',
            '    print("R", repr(__value))',
            'except Exception as __error:',
            '    print("E", type(__error))',
        ]
    return '\n'.join(lines) + '\n'


def parse(output, count):
    results = {}
    current = None
    for line in output.splitlines():
        if line.startswith('@@ '):
            current = int(line[3:])
            results[current] = []
        elif current is not None:
            results[current].append(line)
    return {i: '\n'.join(results[i]) for i in results if i < count}


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (6 << 30, 6 << 30))


def run(command, source, timeout, preexec=None):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(source)
        path = f.name
    env = dict(os.environ, SWIFT_BACKTRACE='enable=no', PYTHONHASHSEED='0')
    try:
        p = subprocess.run(command + [path], capture_output=True, text=True, timeout=timeout,
                           preexec_fn=preexec, env=env, errors='replace')
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors='replace') if isinstance(e.stdout, bytes) else (e.stdout or '')
        return 'timeout', out
    finally:
        os.unlink(path)


def classify(expected, got):
    if got is None:
        return 'crash'
    if expected.startswith('R') and got.startswith('R'):
        return 'wrong value'
    if expected.startswith('E') and got.startswith('R'):
        return 'missing error'
    if expected.startswith('E') and got.startswith('E'):
        return 'wrong exception'
    if any(name in got for name in ('NameError', 'AttributeError', 'NotImplementedError')):
        return 'unsupported'
    return 'spurious error'


def compare_batch(args, programs):
    source = batch_source(programs)
    _, expected_out = run([args.python], source, args.timeout * 4, limit_memory)
    expected = parse(expected_out, len(programs))
    wick = [args.wick, '--max-memory', '1G']
    status, got_out = run(wick, source, args.timeout)
    got = parse(got_out, len(programs))
    findings = []
    for i, program in enumerate(programs):
        if i not in expected:
            continue
        outcome = got.get(i)
        # A program cut short by a crash or timeout is re-run alone to know whether it caused it.
        if outcome is None or (status != 0 and i == max(got, default=-1)):
            alone_status, alone_out = run(wick, batch_source([program]), args.timeout)
            outcome = parse(alone_out, 1).get(0) if alone_status == 0 else None
        if outcome != expected[i]:
            findings.append((classify(expected[i], outcome), program, expected[i], outcome))
    return len(expected), findings


def signature(program):
    """A program's shape with its literals removed, to group findings into families."""
    out, word = [], ''
    for ch in program:
        if ch.isalpha() or ch in '_.':
            word += ch
            continue
        if word:
            out.append(word)
            word = ''
        if ch in '([{:,' and (not out or out[-1] != ch):
            out.append(ch)
    if word:
        out.append(word)
    return ''.join(out)[:60]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--wick', required=True)
    parser.add_argument('--python', required=True)
    parser.add_argument('--programs', type=int, default=2000)
    parser.add_argument('--batch', type=int, default=250)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=60)
    parser.add_argument('--report')
    parser.add_argument('--examples', type=int, default=3, help='programs shown per family')
    args = parser.parse_args()

    rng = random.Random(args.seed)
    programs = [generate(rng) for _ in range(args.programs)]
    batches = [programs[i:i + args.batch] for i in range(0, len(programs), args.batch)]
    ran = 0
    families = collections.defaultdict(list)
    with ThreadPoolExecutor(args.jobs) as pool:
        for count, findings in pool.map(lambda b: compare_batch(args, b), batches):
            ran += count
            for kind, program, expected, got in findings:
                families[(kind, signature(program))].append((program, expected, got))
    kinds = collections.Counter()
    lines = []
    for (kind, sig), items in sorted(families.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        kinds[kind] += len(items)
        lines.append(f'[{kind}] {sig}  ({len(items)} programs)')
        for program, expected, got in items[:args.examples]:
            lines.append(f'    {program}\n        python: {expected}\n        wick:   {got}')
    summary = (f'{ran} programs run, {sum(kinds.values())} differences in {len(families)} families: '
               + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())))
    text = summary + '\n' + '\n'.join(lines) + '\n'
    if args.report:
        with open(args.report, 'w') as f:
            f.write(text)
    print(text if len(text) < 20000 else summary + f'\n(details in {args.report})')
    return 0 if not families else 1


if __name__ == '__main__':
    sys.exit(main())
