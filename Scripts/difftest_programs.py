"""Program generators for Scripts/difftest.py: one Python expression per call.

Every generator takes a `random.Random` and returns the text of one expression. The values are
boundary values on purpose: 64-bit and 53-bit edges, signed zeros, NaN and infinities, empty
strings, lists and shapes. Programs that mutate a value build it fresh (inside a lambda, or
in statements before the last line, which is the expression whose value is compared), so the
programs of one batch cannot see each other.
"""

# Exponents, repeat counts and ndigits stay small where CPython would compute a huge int for
# minutes (3 ** 2**31, round(5, -2**63)); boundary values go everywhere else.
INTS = [0, 1, -1, 2, 3, 5, 7, 10, -10, 255, 2**31 - 1, 2**31, -2**31, 2**32, 2**53, 2**53 + 1,
        2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**20]
SMALL = [0, 1, 2, 3, -1, -2, 5]
FLOATS = ['0.0', '-0.0', '0.5', '1.5', '2.5', '-2.5', '-0.5', '3.14159', '1e308', '1e-320',
          "float('inf')", "float('-inf')", "float('nan')", '1e16', '123.456', '0.1', '1e-05',
          '9007199254740993.0', '5e-324', '1.7976931348623157e+308', '2.0**63', '-2.0**63',
          '1/3', '0.1 + 0.2', '12345678.9', '1e22']
STRINGS = ["''", "'a'", "'abc'", "'a,b,,c'", "' a b  '", "'10'", "'-0x1f'", "'ff'", "'1_000'",
           "'Hello World'", "'  42  '", "'0b101'", "'1e5'", "'x y z'", "'€uro'", "'a\\tb\\nc'",
           "'ABC def'", "'aaa'", "'  '", "'nan'", "'-inf'", "'0o17'", "'1__0'", "'ß'", "'3.5'",
           "'line1\\r\\nline2\\n'", "('ab' * 3)"]
SEPS = ["','", "' '", "'b'", "None", "'ab'", "''", "'a'"]
LISTS = ['[]', '[1, 2, 3]', '[3, 1, 2]', "['a', 'b']", '[1.5, 2]', '[[1], [2]]', '[0, -1, 2**63]',
         '[True, 2, 3.0]', "[None]", '[5, 4, 3, 2, 1, 0]', "[float('nan'), 1.0]", "[-0.0, 0]",
         "['b', 'a', 'c']", '[(1, 2), (0, 3)]']
TUPLES = ['()', '(1,)', '(1, 2, 3)', "('a', 2)", '(3, 1, 2, 1)', '((1, 2), 3)']
DICTS = ['{}', "{1: 'a', 2.0: 'b', 'k': 3}", '{True: 1, 0: 2}', "{'x': 1, 'y': 2}",
         "{-0.0: 'z', 2**63: 'big'}", '{(1, 2): 3}']
SETS = ['set()', '{1, 2, 3}', '{3, 1, 2}', '{0, -1, 2**63}', '{1, True, 1.0}', '{10, 2, 33, -1}',
        '{5, 4}']
DTYPES = ['torch.float32', 'torch.float64', 'torch.int64', 'torch.int32', 'torch.bool']
SHAPE_DIMS = [0, 1, 2, 3, 5, -1, 2**31, 2**62, 2**63 - 1]
TENSORS = ['torch.tensor([1.5, -2.0, 3.25])', 'torch.tensor([[1, 2], [3, 4]])', 'torch.arange(6)',
           'torch.tensor(7.0)', 'torch.tensor([True, False])', 'torch.zeros(2, 0)',
           'torch.ones(2, 3, dtype=torch.float64)', 'torch.tensor([float("nan"), 1.0])',
           'torch.arange(12.).reshape(3, 4)', 'torch.tensor([-0.0, 0.0, float("inf")])',
           'torch.tensor([2**31, -2**31], dtype=torch.int64)', 'torch.zeros(0)',
           'torch.tensor([1, -2, 3], dtype=torch.int32)', 'torch.arange(24).reshape(2, 3, 4)']
STRIP_CHARS = ['', 'None', "'a '", "''"]
FILL_CHARS = ["'*'", "'ab'", "''"]
ROUNDING_MODES = ['None', "'floor'", "'trunc'"]
FORMAT_TYPES = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']


def pick(rng, values):
    return str(rng.choice(values))


def integer(rng):
    return pick(rng, INTS) if rng.random() < 0.6 else str(rng.randint(-20, 20))


def count(rng):
    """A repeat count or width: small, or big enough that both sides fail at once (a 2**31-character
    string would be built for real by CPython and take minutes to print)."""
    return pick(rng, [0, 1, 3, -1, 2**62, 2**63 - 1, 2**63, -2**63, 2**64, 10**20]) if rng.random() < 0.5 \
        else str(rng.randint(-2, 12))


def number(rng):
    return integer(rng) if rng.random() < 0.5 else pick(rng, FLOATS)


def shape(rng):
    dims = [pick(rng, SHAPE_DIMS) if rng.random() < 0.3 else str(rng.randint(0, 4))
            for _ in range(rng.randint(0, 3))]
    return ', '.join(dims)


def index_text(rng):
    if rng.random() < 0.4:
        return integer(rng)
    parts = [integer(rng) if rng.random() < 0.6 else '' for _ in range(rng.choice([2, 3]))]
    return ':'.join(parts)


def format_spec(rng):
    """A random standard format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]."""
    spec = ''
    if rng.random() < 0.3:
        spec += rng.choice(['', '*', '0', ' ']) + rng.choice('<>^=')
    spec += rng.choice(['', '', '+', '-', ' '])
    spec += rng.choice(['', '', '#'])
    spec += rng.choice(['', '', '0'])
    spec += rng.choice(['', '', '1', '8', '12', str(rng.randint(0, 30))])
    spec += rng.choice(['', '', '', ',', '_'])
    spec += rng.choice(['', '', '.0', '.1', '.3', '.10', '.17', '.25'])
    return spec + rng.choice(FORMAT_TYPES)


def percent_spec(rng):
    flags = rng.choice(['', '', '-', '+', ' ', '0', '#'])
    width = rng.choice(['', '', '5', '10', '1'])
    precision = rng.choice(['', '', '.0', '.2', '.6'])
    return '%' + flags + width + precision + rng.choice('diouxXeEfFgGrsa')


def formatting_program(rng):
    value = rng.choice([integer, number, lambda r: pick(r, STRINGS), lambda r: pick(r, FLOATS)])(rng)
    forms = [
        lambda: f'format({value}, {format_spec(rng)!r})',
        lambda: f'f"{{{value}:{format_spec(rng)}}}"',
        lambda: f'"{{:{format_spec(rng)}}}".format({value})',
        lambda: f'{percent_spec(rng)!r} % ({value},)',
        lambda: f'repr({pick(rng, FLOATS)})',
        lambda: f'str({number(rng)})',
        lambda: f'float({integer(rng)})',
        lambda: f'hex({integer(rng)}), oct({integer(rng)}), bin({integer(rng)})',
        lambda: f'({pick(rng, FLOATS)}).is_integer()',
        lambda: f'({pick(rng, FLOATS)}).as_integer_ratio()',
        lambda: f'({integer(rng)}).bit_length()',
        lambda: f'"{{0}}-{{1!r}}-{{0:>{rng.randint(0, 9)}}}".format({value}, {pick(rng, STRINGS)})',
    ]
    return rng.choice(forms)()


def builtins_program(rng):
    forms = [
        lambda: f'abs({number(rng)})',
        lambda: f'-({integer(rng)})',
        lambda: f'round({pick(rng, FLOATS)})',
        lambda: f'round({pick(rng, FLOATS)}, {integer(rng)})',
        lambda: f'round({integer(rng)}, {rng.randint(-30, 5)})',
        lambda: f'int({pick(rng, STRINGS)})',
        lambda: f'int({pick(rng, STRINGS)}, {rng.choice([0, 2, 8, 10, 16, 36, 37, 1, -1])})',
        lambda: f'int({pick(rng, FLOATS)})',
        lambda: f'float({pick(rng, STRINGS)})',
        lambda: f'len({pick(rng, LISTS + STRINGS + TUPLES + DICTS + SETS)})',
        lambda: f'min({pick(rng, LISTS + TUPLES)})',
        lambda: f'max({pick(rng, LISTS)}, default={integer(rng)})',
        lambda: f'max({number(rng)}, {number(rng)})',
        lambda: f'min({pick(rng, LISTS)}, key=lambda v: -v)',
        lambda: f'sum({pick(rng, LISTS)})',
        lambda: f'sum({pick(rng, LISTS)}, {number(rng)})',
        lambda: f'sorted({pick(rng, LISTS + TUPLES)})',
        lambda: f'sorted({pick(rng, LISTS)}, reverse=True)',
        lambda: f'list(reversed({pick(rng, LISTS + TUPLES)}))',
        lambda: f'list(range({rng.randint(-3, 6)}))',
        lambda: f'list(range({integer(rng)}, {integer(rng)}, {integer(rng)})[:4])',
        lambda: f'range({integer(rng)}, {integer(rng)}, {integer(rng)})[{integer(rng)}]',
        lambda: f'range({integer(rng)}, {integer(rng)}, {integer(rng)})[{index_text(rng)}]',
        lambda: f'len(range({integer(rng)}, {integer(rng)}, {integer(rng)}))',
        lambda: f'{integer(rng)} in range({integer(rng)}, {integer(rng)}, {integer(rng)})',
        lambda: f'list(enumerate({pick(rng, LISTS)}, {integer(rng)}))',
        lambda: f'divmod({number(rng)}, {number(rng)})',
        lambda: f'pow({integer(rng)}, {rng.randint(-2, 70)}, {integer(rng)})',
        lambda: f'pow({number(rng)}, {rng.choice(FLOATS + [str(rng.randint(-3, 70))])})',
        lambda: f'{integer(rng)} // {integer(rng)}',
        lambda: f'{integer(rng)} % {integer(rng)}',
        lambda: f'{integer(rng)} ** {rng.randint(-2, 70)}',
        lambda: f'{integer(rng)} << {rng.randint(0, 70)}',
        lambda: f'{integer(rng)} >> {integer(rng)}',
        lambda: f'{integer(rng)} {rng.choice("&|^")} {integer(rng)}',
        lambda: f'~({integer(rng)})',
        lambda: f'{number(rng)} {rng.choice(["+", "-", "*", "/", "//", "%"])} {number(rng)}',
        lambda: f'{number(rng)} ** {rng.choice(FLOATS + [str(rng.randint(-3, 70))])}',
        lambda: f'{number(rng)} {rng.choice(["<", "<=", "==", "!=", ">", ">="])} {number(rng)}',
        lambda: f'bool({pick(rng, LISTS + STRINGS + FLOATS + DICTS + SETS)})',
        lambda: f'type({pick(rng, LISTS + STRINGS + FLOATS + TUPLES)}) == {rng.choice(["int", "float", "str", "list", "tuple"])}',
        lambda: f'isinstance({number(rng)}, {rng.choice(["int", "float", "bool", "(int, float)"])})',
        lambda: f'chr({integer(rng)})',
        lambda: f'ord({pick(rng, STRINGS)})',
        lambda: f'list(zip({pick(rng, LISTS)}, {pick(rng, LISTS + STRINGS)}))',
        lambda: f'list(map(abs, {pick(rng, LISTS)}))',
        lambda: f'list(filter(None, {pick(rng, LISTS)}))',
        lambda: f'any({pick(rng, LISTS)}), all({pick(rng, LISTS)})',
        lambda: f'{pick(rng, LISTS)}[slice({integer(rng)}, {integer(rng)}, {integer(rng)})]',
        lambda: f'math.{rng.choice(["floor", "ceil", "trunc", "sqrt", "exp", "log", "log2", "log10", "fabs", "isnan", "isinf", "isfinite"])}({number(rng)})',
        lambda: f'math.factorial({rng.choice(["0", "5", "20", "-1", "2.0", "2**63", "170", "1e308"])})',
        lambda: f'math.{rng.choice(["gcd", "lcm", "isqrt", "copysign", "fmod", "atan2", "hypot", "ldexp", "pow", "remainder"])}({number(rng)}, {number(rng)})',
        lambda: f'math.log({number(rng)}, {number(rng)})',
        lambda: f'math.{rng.choice(["comb", "perm"])}({integer(rng)}, {rng.choice(SMALL + [-5, 40])})',
    ]
    return rng.choice(forms)()


def string_program(rng):
    s = pick(rng, STRINGS)
    forms = [
        lambda: f'{s}.split({pick(rng, SEPS)})',
        lambda: f'{s}.split({pick(rng, SEPS)}, {integer(rng)})',
        lambda: f'{s}.rsplit({pick(rng, SEPS)}, {integer(rng)})',
        lambda: f'{s}.split(maxsplit={integer(rng)})',
        lambda: f'{s}.splitlines({rng.choice(["", "True"])})',
        lambda: f'{s}.{rng.choice(["partition", "rpartition"])}({pick(rng, SEPS)})',
        lambda: f'{s}.{rng.choice(["strip", "lstrip", "rstrip"])}({rng.choice(STRIP_CHARS)})',
        lambda: f'{s}.{rng.choice(["upper", "lower", "title", "capitalize", "swapcase", "casefold"])}()',
        lambda: f'{s}.{rng.choice(["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isnumeric", "isdecimal", "isidentifier"])}()',
        lambda: f'{s}.replace({pick(rng, STRINGS)}, {pick(rng, STRINGS)})',
        lambda: f'{s}.replace({pick(rng, STRINGS)}, {pick(rng, STRINGS)}, {integer(rng)})',
        lambda: f'{s}.{rng.choice(["find", "rfind", "index", "rindex", "count"])}({pick(rng, STRINGS)})',
        lambda: f'{s}.{rng.choice(["find", "rfind", "index", "rindex", "count"])}({pick(rng, STRINGS)}, {integer(rng)}, {integer(rng)})',
        lambda: f'{s}.{rng.choice(["startswith", "endswith"])}({pick(rng, STRINGS)})',
        lambda: f'{s}.{rng.choice(["startswith", "endswith"])}(({pick(rng, STRINGS)}, {pick(rng, STRINGS)}), {integer(rng)})',
        lambda: f'{s}.{rng.choice(["center", "ljust", "rjust"])}({count(rng)})',
        lambda: f'{s}.{rng.choice(["center", "ljust", "rjust"])}({rng.randint(-1, 12)}, {rng.choice(FILL_CHARS)})',
        lambda: f'{s}.zfill({count(rng)})',
        lambda: f'{s}.expandtabs({rng.choice(["", "0", "4", "-1"])})',
        lambda: f'{s}.{rng.choice(["removeprefix", "removesuffix"])}({pick(rng, STRINGS)})',
        lambda: f'{s}.join({pick(rng, LISTS + STRINGS + TUPLES)})',
        lambda: f'{s}[{index_text(rng)}]',
        lambda: f'{s} * {count(rng)}',
        lambda: f'{s} in {pick(rng, STRINGS)}',
        lambda: f'{s} {rng.choice(["<", "==", ">=", "+"])} {pick(rng, STRINGS)}',
        lambda: f'"{{}} and {{}}".format({number(rng)}, {s})',
        lambda: f'str({pick(rng, LISTS + TUPLES + DICTS)})',
        lambda: f'list({s})',
    ]
    return rng.choice(forms)()


def container_program(rng):
    l, t, d, st = pick(rng, LISTS), pick(rng, TUPLES), pick(rng, DICTS), pick(rng, SETS)
    forms = [
        lambda: f'{l}[{index_text(rng)}]',
        lambda: f'{l} * {count(rng)}',
        lambda: f'{l} + {pick(rng, LISTS)}',
        lambda: f'{l} {rng.choice(["==", "<", ">="])} {pick(rng, LISTS)}',
        lambda: f'{l}.index({number(rng)})',
        lambda: f'{l}.index({number(rng)}, {integer(rng)}, {integer(rng)})',
        lambda: f'{l}.count({number(rng)})',
        lambda: f'(lambda l: (l.pop({integer(rng)}), l))({l})',
        lambda: f'(lambda l: (l.insert({integer(rng)}, 9), l))({l})',
        lambda: f'(lambda l: (l.remove({number(rng)}), l))({l})',
        lambda: f'(lambda l: (l.sort(), l))({l})',
        lambda: f'(lambda l: (l.reverse(), l.extend({pick(rng, LISTS + TUPLES + STRINGS)}), l))({l})',
        lambda: f'l = {l}\nl[{index_text(rng)}] = [7, 8]\nl',
        lambda: f'l = {l}\ndel l[{index_text(rng)}]\nl',
        lambda: f'(lambda l: (l.clear(), l.append(1), l.copy()))({l})',
        lambda: f'{t}[{index_text(rng)}]',
        lambda: f'{t} + {pick(rng, TUPLES)}',
        lambda: f'{t} * {count(rng)}',
        lambda: f'{t} {rng.choice(["==", "<", ">="])} {pick(rng, TUPLES)}',
        lambda: f'{t}.{rng.choice(["index", "count"])}({number(rng)})',
        lambda: f'{d}.get({number(rng)}, {integer(rng)})',
        lambda: f'{d}[{number(rng)}]',
        lambda: f'list({d}.{rng.choice(["keys", "values", "items"])}())',
        lambda: f'(lambda d: (d.pop({number(rng)}, None), d))({d})',
        lambda: f'(lambda d: (d.pop({number(rng)}), d))({d})',
        lambda: f'(lambda d: (d.popitem(), d))({d})',
        lambda: f'(lambda d: (d.setdefault({number(rng)}, 0), d))({d})',
        lambda: f'(lambda d: (d.update({pick(rng, DICTS)}), d))({d})',
        lambda: f'{d} | {pick(rng, DICTS)}',
        lambda: f'{d} == {pick(rng, DICTS)}',
        lambda: f'{number(rng)} in {d}',
        lambda: f'dict.fromkeys({pick(rng, LISTS + STRINGS)}, {number(rng)})',
        lambda: f'dict(zip({pick(rng, LISTS)}, {pick(rng, LISTS)}))',
        lambda: f'list({{{number(rng)}: 1, {number(rng)}: 2}}.items())',
        lambda: f'{st}',
        lambda: f'{st} {rng.choice(["|", "&", "-", "^", "<=", "<", "=="])} {pick(rng, SETS)}',
        lambda: f'{st}.{rng.choice(["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"])}({pick(rng, SETS + LISTS)})',
        lambda: f'(lambda s: (s.{rng.choice(["add", "discard", "remove"])}({number(rng)}), s))({st})',
        lambda: f'(lambda s: (s.pop(), s))({st})',
        lambda: f'{number(rng)} in {st}',
        lambda: f'set({pick(rng, LISTS + TUPLES)})',
        lambda: f'sorted({st})',
        lambda: f'{number(rng)} in {l}',
        lambda: f'[*{l}, *{t}]',
        lambda: f'(lambda a, *b: (a, b))(*{pick(rng, LISTS + TUPLES)})',
    ]
    return rng.choice(forms)()


def tensor_factory_program(rng):
    forms = [
        lambda: f'torch.arange({number(rng)})',
        lambda: f'torch.arange({integer(rng)}, {integer(rng)}, {integer(rng)})',
        lambda: f'torch.arange({number(rng)}, {number(rng)}, {number(rng)}).shape',
        lambda: f'torch.zeros({shape(rng)})',
        lambda: f'torch.ones(({shape(rng)}), dtype={pick(rng, DTYPES)})',
        lambda: f'torch.full(({shape(rng)}), {number(rng)})',
        lambda: f'torch.full(({rng.randint(0, 3)},), {number(rng)}, dtype={pick(rng, DTYPES)})',
        lambda: f'torch.empty({shape(rng)}).shape',
        lambda: f'torch.zeros({shape(rng)}) + 1',
        lambda: f'torch.eye({rng.choice(SMALL + [2**31, 2**62])})',
        lambda: f'torch.eye({rng.choice(SMALL)}, {rng.choice(SMALL)}, dtype={pick(rng, DTYPES)})',
        lambda: f'torch.tensor({pick(rng, LISTS)})',
        lambda: f'torch.tensor({number(rng)})',
        lambda: f'torch.tensor({number(rng)}, dtype={pick(rng, DTYPES)})',
        lambda: f'torch.tensor([{number(rng)}, {number(rng)}])',
        lambda: f'torch.tensor([{number(rng)}, {number(rng)}], dtype={pick(rng, DTYPES)})',
        lambda: f'torch.linspace({number(rng)}, {number(rng)}, {rng.choice(SMALL + [2**62])})',
        lambda: f'torch.logspace({rng.choice(SMALL)}, {rng.choice(SMALL)}, {rng.choice(SMALL)})',
        lambda: f'torch.{rng.choice(["zeros_like", "ones_like"])}({pick(rng, TENSORS)})',
        lambda: f'torch.full_like({pick(rng, TENSORS)}, {number(rng)})',
        lambda: f'(torch.manual_seed({rng.randint(0, 9)}), torch.randint({integer(rng)}, {integer(rng)}, ({rng.randint(0, 4)},)))[1]',
        lambda: f'(torch.manual_seed(1), torch.randint(0, {rng.choice([2, 10, 300])}, (4,), dtype={pick(rng, DTYPES)}))[1]',
        lambda: f'(torch.manual_seed({rng.randint(0, 9)}), torch.{rng.choice(["rand", "randn"])}({shape(rng)}))[1]',
        lambda: f'(torch.manual_seed({rng.randint(0, 9)}), torch.randperm({rng.choice(SMALL + [2**62])}))[1]',
        lambda: f'torch.empty(3).uniform_({number(rng)}, {number(rng)}).shape',
        lambda: f'torch.empty(3).normal_({number(rng)}, {number(rng)}).shape',
    ]
    return rng.choice(forms)()


def tensor_method_program(rng):
    t = pick(rng, TENSORS)
    dim = rng.choice(['0', '1', '-1', '2', '-3', '5', str(2**63 - 1), str(-2**63)])
    forms = [
        lambda: f'{t}[{index_text(rng)}]',
        lambda: f'{t}[{index_text(rng)}, {index_text(rng)}]',
        lambda: f'{t}[..., {integer(rng)}]',
        lambda: f'{t}[None, {index_text(rng)}].shape',
        lambda: f'{t}.sum(dim={rng.choice(["[]", "()", "0", "-1", "[0, 0]", "5", "None", "(0, 1)"])})',
        lambda: f'{t}.{rng.choice(["mean", "sum", "prod", "max", "min", "argmax", "argmin", "all", "any", "std", "var", "norm"])}()',
        lambda: f'{t}.{rng.choice(["sum", "prod", "amax", "amin", "max", "min", "argmax", "cumsum", "cumprod", "softmax", "logsumexp", "std", "mean"])}({dim})',
        lambda: f'{t}.{rng.choice(["squeeze", "unsqueeze", "flip", "flatten"])}({dim})',
        lambda: f'{t}.flatten({rng.choice(SMALL)}, {dim})',
        lambda: f'{t}.reshape({shape(rng)})',
        lambda: f'{t}.view({shape(rng)})',
        lambda: f'{t}.expand({shape(rng)})',
        lambda: f'{t}.repeat({shape(rng)})',
        lambda: f'{t}.permute({shape(rng)})',
        lambda: f'{t}.roll({integer(rng)})',
        lambda: f'{t}.roll({integer(rng)}, {dim})',
        lambda: f'{t}.{rng.choice(["tril", "triu"])}({integer(rng)})',
        lambda: f'{t}.topk({integer(rng)})',
        lambda: f'{t}.kthvalue({integer(rng)})',
        lambda: f'{t}.sort({rng.choice(["", "descending=True", dim])})',
        lambda: f'{t}.chunk({integer(rng)})',
        lambda: f'{t}.split({integer(rng)})',
        lambda: f'{t}.select({dim}, {integer(rng)})',
        lambda: f'{t}.clamp({number(rng)}, {number(rng)})',
        lambda: f'{t}.clamp(min={number(rng)})',
        lambda: f'{t}.pow({number(rng)})',
        lambda: f'{t} {rng.choice(["+", "-", "*", "/", "//", "%", "**", "<", "==", ">="])} {number(rng)}',
        lambda: f'{number(rng)} {rng.choice(["+", "-", "*", "/", "//", "%", "**"])} {t}',
        lambda: f'{t} {rng.choice(["&", "|", "^", "<<", ">>"])} {integer(rng)}',
        lambda: f'{t}.{rng.choice(["abs", "neg", "sqrt", "exp", "log", "floor", "ceil", "round", "trunc", "sign", "sigmoid", "tanh", "relu", "reciprocal", "frac", "isnan", "isinf", "logical_not"])}()',
        lambda: f'{t}.{rng.choice(["fmod", "remainder", "div", "maximum", "minimum", "eq", "lt", "atan2"])}({number(rng)})',
        lambda: f'{t}.div({number(rng)}, rounding_mode={rng.choice(ROUNDING_MODES)})',
        lambda: f'{t}.round(decimals={integer(rng)})',
        lambda: f'{t}.{rng.choice(["tolist", "item", "numel", "dim", "size", "stride", "is_contiguous", "nelement", "t", "clone", "contiguous", "float", "long", "int", "double", "bool"])}()',
        lambda: f'{t}.size({dim})',
        lambda: f'{t}.{rng.choice(["int", "float", "bool"])}().tolist()',
        lambda: f'{rng.choice(["int", "float", "bool", "len", "list", "str"])}({t})',
        lambda: f'{number(rng)} in {t}',
        lambda: f'{t} in [1, 2, 3, 7]',
        lambda: f'{t}.to({pick(rng, DTYPES)})',
        lambda: f'{t}.transpose(0, {dim})',
        lambda: f'torch.cat([{t}, {t}], dim={dim})',
        lambda: f'torch.stack([{t}, {t}], dim={dim})',
        lambda: f'{t}.narrow(0, {integer(rng)}, {integer(rng)})',
        lambda: f'torch.where({t} > 1, {t}, {number(rng)})',
        lambda: f'{t}.masked_fill({t} > 1, {number(rng)})',
        lambda: f'torch.equal({t}, {pick(rng, TENSORS)}), torch.allclose({t}.double(), {t}.double())',
        lambda: f'{t} {rng.choice(["+", "*", "==", "-"])} {pick(rng, TENSORS)}',
        lambda: f'round({t}.sum().item(), {rng.randint(-30, 5)})',
        lambda: f'(lambda x: (x.fill_({number(rng)}), x))({t}.clone())',
        lambda: f'x = {t}.clone()\nx[{index_text(rng)}] = {number(rng)}\nx',
        lambda: f'{t}.new_zeros(({shape(rng)}))',
        lambda: f'{t}.index_select(0, torch.tensor([{integer(rng)}]))',
        lambda: f'{t}.unbind({dim})',
    ]
    return rng.choice(forms)()


FAMILIES = [
    (0.17, builtins_program),
    (0.10, formatting_program),
    (0.15, string_program),
    (0.18, container_program),
    (0.15, tensor_factory_program),
    (0.25, tensor_method_program),
]


def any_program(rng):
    roll = rng.random()
    for weight, generator in FAMILIES:
        if roll < weight:
            return generator(rng)
        roll -= weight
    return FAMILIES[-1][1](rng)
