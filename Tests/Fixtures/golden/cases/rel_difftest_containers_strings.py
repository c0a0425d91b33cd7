# tags: lang errors
import math
import torch

# Families the differential tester (Scripts/difftest.py) found; each program prints its value or its exception.
programs = [
    ('255 in range(-2147483648, 6, 5)', lambda: (255 in range(-2147483648, 6, 5))),
    ('(-4 in range(0, -10, -2), 10 in range(0, 10, 5), True in range(3), 2.0 in range(3))', lambda: ((-4 in range(0, -10, -2), 10 in range(0, 10, 5), True in range(3), 2.0 in range(3)))),
    ('2**63 in range(-2**63, 2**63 - 1)', lambda: (2**63 in range(-2**63, 2**63 - 1))),
    ("('abc'.replace('', '-'), 'abc'.replace('', '-', 2))", lambda: (('abc'.replace('', '-'), 'abc'.replace('', '-', 2)))),
    ("('aaaa'.replace('a', 'bb', 3), 'aaa'.replace('a', '', -1), 'ab'.replace('b', 'c', 0))", lambda: (('aaaa'.replace('a', 'bb', 3), 'aaa'.replace('a', '', -1), 'ab'.replace('b', 'c', 0)))),
    ("'aaa'.replace('a', 'b', 2**64)", lambda: ('aaa'.replace('a', 'b', 2**64))),
    ("'a'.replace('a')", lambda: ('a'.replace('a'))),
    ("'a'.replace(1, 'b')", lambda: ('a'.replace(1, 'b'))),
    ("('10'.find('a', -1, 2**63), 'abcabc'.find('c', -2**70, 2**70), 'abcabc'.rfind('c', 2**64))", lambda: (('10'.find('a', -1, 2**63), 'abcabc'.find('c', -2**70, 2**70), 'abcabc'.rfind('c', 2**64)))),
    ("('1e5'.startswith(('aaa', '1'), -2**64), 'abc'.endswith('c', 0, 2**70))", lambda: (('1e5'.startswith(('aaa', '1'), -2**64), 'abc'.endswith('c', 0, 2**70)))),
    ('[1, 2, 3].index(3, -2**70, 2**80)', lambda: ([1, 2, 3].index(3, -2**70, 2**80))),
    ('[True, 2, 3.0].index(-0.0, 7, 2**64)', lambda: ([True, 2, 3.0].index(-0.0, 7, 2**64))),
    ('(torch.arange(6).split(2**63 - 1), torch.zeros(0).chunk(3), torch.arange(6).chunk(4))', lambda: ((torch.arange(6).split(2**63 - 1), torch.zeros(0).chunk(3), torch.arange(6).chunk(4)))),
    ('torch.zeros(2, 0).chunk(3, 1)', lambda: (torch.zeros(2, 0).chunk(3, 1))),
    ('torch.arange(6).chunk(2**63 - 1)', lambda: (torch.arange(6).chunk(2**63 - 1))),
    ('torch.arange(6).split(-1)', lambda: (torch.arange(6).split(-1))),
    ('torch.zeros(0).chunk(2**62)', lambda: (torch.zeros(0).chunk(2**62))),
]
for source, program in programs:
    try:
        print(source, "->", program())
    except Exception as e:
        print(source, "->", type(e).__name__, e)
