# tags: lang errors
import math
import torch

# Families the differential tester (Scripts/difftest.py) found; each program prints its value or its exception.
programs = [
    ("'a b  c '.rsplit()", lambda: ('a b  c '.rsplit())),
    ("'  a b  c  '.rsplit(None, 1)", lambda: ('  a b  c  '.rsplit(None, 1))),
    ("'a,b,,c'.rsplit(',', 1)", lambda: ('a,b,,c'.rsplit(',', 1))),
    ("'a,b,,c'.rsplit(',', -1)", lambda: ('a,b,,c'.rsplit(',', -1))),
    ("'aaa'.rsplit('aa')", lambda: ('aaa'.rsplit('aa'))),
    ("'abc'.rsplit('', 1)", lambda: ('abc'.rsplit('', 1))),
    ("'a b'.rsplit(maxsplit=2**64)", lambda: ('a b'.rsplit(maxsplit=2**64))),
    ("'x'.rsplit(1)", lambda: ('x'.rsplit(1))),
    ("repr('a\\tb\\n\\tc'.expandtabs())", lambda: (repr('a\tb\n\tc'.expandtabs()))),
    ("repr('a\\tb\\r\\tc'.expandtabs(4))", lambda: (repr('a\tb\r\tc'.expandtabs(4)))),
    ("'ab\\t'.expandtabs(0)", lambda: ('ab\t'.expandtabs(0))),
    ("'ab\\t'.expandtabs(-1)", lambda: ('ab\t'.expandtabs(-1))),
    ("'a\\tb'.expandtabs(2**64)", lambda: ('a\tb'.expandtabs(2**64))),
    ("'abc'.removeprefix('ab'), 'abc'.removeprefix('x'), 'abc'.removesuffix('bc'), 'abc'.removesuffix(''), ''.removesuffix('a')", lambda: ('abc'.removeprefix('ab'), 'abc'.removeprefix('x'), 'abc'.removesuffix('bc'), 'abc'.removesuffix(''), ''.removesuffix('a'))),
    ("'abc'.removeprefix(1)", lambda: ('abc'.removeprefix(1))),
    ('(5).bit_length(), (-2**63).bit_length(), (0).bit_length(), (2**100).bit_length(), True.bit_length()', lambda: ((5).bit_length(), (-2**63).bit_length(), (0).bit_length(), (2**100).bit_length(), True.bit_length())),
    ('(255).bit_count(), (-7).bit_count()', lambda: ((255).bit_count(), (-7).bit_count())),
    ('(5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (5).as_integer_ratio(), True.as_integer_ratio()', lambda: ((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (5).as_integer_ratio(), True.as_integer_ratio())),
    ('(0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0]', lambda: ((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])),
    ('(0.1).as_integer_ratio()', lambda: ((0.1).as_integer_ratio())),
    ('(-0.0).as_integer_ratio()', lambda: ((-0.0).as_integer_ratio())),
    ("float('inf').as_integer_ratio()", lambda: (float('inf').as_integer_ratio())),
    ("float('nan').as_integer_ratio()", lambda: (float('nan').as_integer_ratio())),
    ('(1.5).is_integer(), (2.0).is_integer(), (1.5).real, (1.5).imag, (1.5).conjugate()', lambda: ((1.5).is_integer(), (2.0).is_integer(), (1.5).real, (1.5).imag, (1.5).conjugate())),
    ('(3, 1, 2, 1).index(1), (3, 1, 2, 1).index(1, 2), (3, 1, 2, 1).index(1, -2**70, 2**70), (3, 1, 2, 1).count(1)', lambda: ((3, 1, 2, 1).index(1), (3, 1, 2, 1).index(1, 2), (3, 1, 2, 1).index(1, -2**70, 2**70), (3, 1, 2, 1).count(1))),
    ('(1, 2).index(3)', lambda: ((1, 2).index(3))),
    ('().index(0.0)', lambda: (().index(0.0))),
    ('(1, True, 1.0).count(1)', lambda: ((1, True, 1.0).count(1))),
    ('(5).bit_length(1)', lambda: ((5).bit_length(1))),
    ("list('line1\\r\\nline2'), len('a\\r\\nb')", lambda: (list('line1\r\nline2'), len('a\r\nb'))),
    ("repr('-'.join('a\\r\\nb'))", lambda: (repr('-'.join('a\r\nb')))),
    ("float('inf').is_integer(), float('nan').is_integer(), (-0.0).is_integer()", lambda: (float('inf').is_integer(), float('nan').is_integer(), (-0.0).is_integer())),
    ("'a'.ljust(-2**63), 'aaa'.zfill(-2**63), 'a'.center(-2**63), 'a'.rjust(-2**63, '*')", lambda: ('a'.ljust(-2**63), 'aaa'.zfill(-2**63), 'a'.center(-2**63), 'a'.rjust(-2**63, '*'))),
]
for source, program in programs:
    try:
        print(source, "->", program())
    except Exception as e:
        print(source, "->", type(e).__name__, e)
