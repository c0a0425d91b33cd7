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
import io
import os
import random
import resource
import subprocess
import sys
import tempfile
import tokenize
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_programs import any_program  # noqa: E402

def generate(rng):
    """One program that compiles (a syntax error would lose its whole batch): statements, then
    on its last line the expression whose value is compared."""
    while True:
        program = any_program(rng)
        try:
            *statements, expression = program.split('\n')
            compile('\n'.join(statements + [f'__value = ({expression})']), '<program>', 'exec')
            return program
        except SyntaxError:
            continue


def batch_source(programs):
    lines = ['import math', 'import torch', '']
    for i, program in enumerate(programs):
        *statements, expression = program.split('\n')
        lines += [f'print("@@ {i}")', 'try:']
        lines += ['    ' + statement for statement in statements]
        lines += [
            f'    __value = ({expression})',
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


def run_all(command, programs, timeout, preexec=None):
    """Each program's output under one interpreter, None for a program that crashed or hung.

    The batch runs in one process; when the process dies, the last program that announced itself
    is taken as the culprit and the rest of the batch runs again in a new process. When nothing
    new was announced (output lost in a buffer), the first unfinished program runs alone.
    """
    results, start = {}, 0
    while start < len(programs):
        status, out = run(command, batch_source(programs[start:]), timeout, preexec)
        parsed = {start + i: text for i, text in parse(out, len(programs) - start).items()}
        if status == 0:
            results.update(parsed)
            break
        last = max(parsed, default=start)
        if last > start:
            results.update({i: text for i, text in parsed.items() if i < last})
            start = last
            continue
        alone_status, alone_out = run(command, batch_source([programs[start]]), timeout, preexec)
        results[start] = parse(alone_out, 1).get(0) if alone_status == 0 else None
        start += 1
    return results


def compare_batch(args, programs):
    expected = run_all([args.python], programs, args.timeout, limit_memory)
    got = run_all([args.wick, '--max-memory', '1G'], programs, args.timeout)
    findings = []
    ran = 0
    for i, program in enumerate(programs):
        if expected.get(i) is None:
            continue
        ran += 1
        if got.get(i) != expected[i]:
            findings.append((classify(expected[i], got.get(i)), program, expected[i], got.get(i)))
    return ran, findings


def format_kind(literal):
    """'S' for a string literal, 'S%x'/'S{x' for a format string by its conversion type."""
    body = literal.rstrip('\'"')
    for marker in ('{', '%'):
        if marker in body:
            spec = body.rsplit(marker, 1)[1].rstrip('}')
            kind = spec[-1] if spec and spec[-1].isalpha() else ''
            return 'S' + marker + kind
    return 'S'


def signature(program):
    """A program's shape with its literals removed, to group findings into families."""
    out = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(program).readline))
    except (tokenize.TokenError, SyntaxError):
        return program[:60]
    for token in tokens:
        if token.type == tokenize.NAME:
            text = token.string
        elif token.type == tokenize.STRING:
            text = format_kind(token.string)
        elif token.type == tokenize.NUMBER:
            text = 'N'
        elif token.type == tokenize.OP and token.string in '.([{':
            text = token.string
        else:
            continue
        if not out or out[-1] != text or text not in 'SN':
            out.append(text)
    return ''.join(out)[:70]


def report(args, ran, families):
    """The summary line and the report text (families largest first within each kind)."""
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
    return summary, text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--wick', required=True)
    parser.add_argument('--python', required=True)
    parser.add_argument('--programs', type=int, default=2000)
    parser.add_argument('--batch', type=int, default=250)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=60)
    parser.add_argument('--report', help='rewritten after every batch, so a long run can be read while it runs')
    parser.add_argument('--examples', type=int, default=3, help='programs shown per family')
    args = parser.parse_args()

    rng = random.Random(args.seed)
    programs = [generate(rng) for _ in range(args.programs)]
    batches = [programs[i:i + args.batch] for i in range(0, len(programs), args.batch)]
    ran = 0
    families = collections.defaultdict(list)
    with ThreadPoolExecutor(args.jobs) as pool:
        for done, (count, findings) in enumerate(pool.map(lambda b: compare_batch(args, b), batches), 1):
            ran += count
            for kind, program, expected, got in findings:
                families[(kind, signature(program))].append((program, expected, got))
            summary, _ = report(args, ran, families)
            print(f'batch {done}/{len(batches)}: {summary}', file=sys.stderr, flush=True)
    summary, text = report(args, ran, families)
    print(text if len(text) < 20000 else summary + f'\n(details in {args.report})')
    return 0 if not families else 1


if __name__ == '__main__':
    sys.exit(main())
