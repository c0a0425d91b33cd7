"""The ops `fidelity.py` measures: name, dtypes, and how one random case is made.

`make(case)` adds the statements that build the inputs (`case.tensor(name, shape, ...)`) and
returns the expression both sides evaluate. Add a row for every op the engine gains.
"""

F = ["float32", "float64"]
FI = ["float32", "float64", "int64"]


# Ops whose output is as large as their input print every value: they get at most 2,048
# elements, reductions up to 20,000 (every level of the cascade sum).
SMALL = 2048


def unary(name, expression, dtypes=F, **options):
    def make(case):
        case.tensor("a", case.shape(limit=SMALL))
        return expression

    return dict(name=name, dtypes=dtypes, make=make, **options)


def binary(name, expression, dtypes=F, **options):
    """`a` and a `b` broadcastable to it (sometimes the other way round)."""

    def make(case):
        rng = case.rng
        shape = case.shape(limit=SMALL)
        other = [1 if rng.random() < 0.2 else n for n in shape][rng.randint(0, len(shape)) if shape else 0:]
        if rng.random() < 0.5:
            shape, other = other, shape
        case.tensor("a", shape)
        case.tensor("b", other, kind=options.get("other_kind"))
        return expression

    return dict(name=name, dtypes=dtypes, make=make, **options)


def with_number(name, template, dtypes=F, **options):
    """`a` with a Python number `s` (the wrapped-number path)."""

    def make(case):
        case.tensor("a", case.shape(limit=SMALL))
        return template.replace("s", repr(case.number()))

    return dict(name=name, dtypes=dtypes, make=make, **options)


def reduction(name, template, dtypes=F, dims=True, limit=20000, **options):
    """`template` with `{d}` a random dim (`{k}` keepdim); large runs hit every cascade level."""

    def make(case):
        rng = case.rng
        shape = case.shape(rank=rng.choice([1, 1, 2, 2, 2, 3]), big=rng.random() < 0.4, limit=limit)
        if rng.random() < 0.3 and len(shape) >= 2:
            shape = shape[::-1]
        case.tensor("a", shape)
        d = rng.randrange(-len(shape), len(shape)) if dims else 0
        return template.format(d=d, k=rng.random() < 0.3)

    return dict(name=name, dtypes=dtypes, make=make, **options)


def matrix(name, expression, shapes, dtypes=F, **options):
    def make(case):
        rng = case.rng
        sizes = {k: rng.choice([1, 2, 3, 4, 7, 8, 16, 33, rng.randint(1, 130)]) for k in "bmnk"}
        for tensor, dims in zip("ab", shapes):
            case.tensor(tensor, [sizes[k] for k in dims], specials=False)
        return expression

    return dict(name=name, dtypes=dtypes, make=make, scales=[1.0, 0.25, 4.0], **options)


def loss(name, expression, target="normal", dtypes=F, **options):
    def make(case):
        rng = case.rng
        shape = case.shape(rank=rng.choice([1, 2, 2, 3]), limit=SMALL)
        reduction = rng.choice(["mean", "sum", "none"])
        case.tensor("a", shape, kind=options.get("input_kind"))
        case.tensor("b", shape, kind=target)
        return expression.format(r=reduction)

    return dict(name=name, dtypes=dtypes, make=make, **options)


def classification(name, expression, dtypes=F):
    def make(case):
        rng = case.rng
        n, c = rng.randint(1, 40), rng.randint(2, 12)
        case.op = dict(case.op, classes=c)
        case.tensor("a", [n, c], layout=rng.choice([0, 1]))
        case.tensor("t", [n], kind="index", layout=0, dtype="int64")
        return expression.format(r=rng.choice(["mean", "sum", "none"]))

    return dict(name=name, dtypes=dtypes, make=make, specials=False)


def ternary(name, expression, dtypes=F, **options):
    def make(case):
        shape = case.shape(limit=SMALL)
        for tensor in "abc":
            case.tensor(tensor, shape)
        return expression.replace("s", repr(case.number()))

    return dict(name=name, dtypes=dtypes, make=make, **options)


def gradient(name, body, dtypes=F, **options):
    """The gradient of `body(a).sum()` with respect to `a`."""

    def make(case):
        case.tensor("a", case.shape(limit=SMALL))
        case.lines.append("a = a.detach().requires_grad_()")
        case.lines.append(f"({body}).sum().backward()")
        return "a.grad"

    return dict(name=name, dtypes=dtypes, make=make, **options)


POSITIVE = dict(kind="pos", scales=[2.0 ** -20, 2.0 ** -3, 1.0, 4.0, 100.0, 2.0 ** 20])
TRIG = dict(scales=[1.0, 4.0, 100.0, 2.0 ** 10, 2.0 ** -10])

OPS = [
    unary("input", "a", FI),
    unary("neg", "-a", FI),
    unary("abs", "a.abs()", FI),
    unary("exp", "a.exp()", scales=[1.0, 4.0, 16.0, 2.0 ** -10, 64.0]),
    unary("log", "a.log()", **POSITIVE),
    unary("log1p", "a.log1p()", **POSITIVE),
    unary("sqrt", "a.sqrt()", **POSITIVE),
    unary("rsqrt", "a.rsqrt()", **POSITIVE),
    unary("sin", "a.sin()", **TRIG),
    unary("cos", "a.cos()", **TRIG),
    unary("tanh", "a.tanh()", scales=[0.5, 1.0, 4.0, 2.0 ** -12, 20.0]),
    unary("sigmoid", "a.sigmoid()", scales=[0.5, 1.0, 4.0, 2.0 ** -12, 100.0]),
    unary("tan", "a.tan()", scales=[0.25, 1.0, 4.0, 2.0 ** -10]),
    unary("asin", "(a * 2 - 1).asin()", kind="unit"),
    unary("acos", "(a * 2 - 1).acos()", kind="unit"),
    unary("atan", "a.atan()", **TRIG),
    unary("erf", "a.erf()", scales=[0.25, 1.0, 3.0, 2.0 ** -12]),
    unary("erfc", "a.erfc()", scales=[0.25, 1.0, 3.0, 2.0 ** -12]),
    unary("log2", "a.log2()", **POSITIVE),
    unary("log10", "a.log10()", **POSITIVE),
    unary("relu", "a.relu()", FI),
    unary("reciprocal", "a.reciprocal()"),
    unary("sign", "a.sign()", FI),
    unary("sgn", "a.sgn()", FI),
    unary("clamp", "a.clamp(-0.5, 0.75)", FI),
    unary("leaky_relu", "F.leaky_relu(a, 0.01)"),
    unary("square", "a.square()", FI),
    binary("add", "a + b", FI),
    binary("sub", "a - b", FI),
    binary("mul", "a * b", FI),
    binary("div", "a / b", FI),
    binary("maximum", "torch.maximum(a, b)", FI),
    binary("minimum", "torch.minimum(a, b)", FI),
    binary("remainder", "a % b", FI),
    binary("pow_tensor", "a ** b", other_kind=None, kind="pos", scales=[0.5, 1.0, 2.0, 4.0]),
    binary("add_alpha", "torch.add(a, b, alpha=0.3)", FI),
    with_number("add_number", "a + s", FI),
    with_number("rsub_number", "s - a", FI),
    with_number("mul_number", "a * s", FI),
    with_number("div_number", "a / s", FI),
    with_number("rdiv_number", "s / a", FI),
    with_number("pow_number", "a ** s", numbers=[2, 3, 0.5, -1, -2, -0.5, 2.5, 5, 4, 1, 0, -3, 1.5]),
    with_number("pow_int", "a ** s", ["int64"], numbers=[2, 3, 0, 1, 4, 5]),
    with_number("rpow_number", "s ** a", numbers=[2, 0.5, 3.5, 10], scales=[1.0, 4.0, 16.0]),
    reduction("sum", "a.sum()", FI, dims=False),
    reduction("sum_dim", "a.sum({d}, keepdim={k})", FI),
    reduction("mean", "a.mean()", dims=False),
    reduction("mean_dim", "a.mean({d}, keepdim={k})"),
    reduction("prod", "a.prod()", FI, dims=False, scales=[1.0, 0.5]),
    reduction("prod_dim", "a.prod({d})", FI, scales=[1.0, 0.5]),
    reduction("var", "a.var()", dims=False),
    reduction("var_dim", "a.var({d}, keepdim={k})"),
    reduction("std", "a.std()", dims=False),
    reduction("std_dim", "a.std({d}, unbiased=False)"),
    reduction("norm", "a.norm()", dims=False),
    reduction("norm_dim", "a.norm(dim={d})"),
    reduction("norm_p1", "a.norm(p=1)", dims=False),
    reduction("max", "a.max()", FI, dims=False),
    reduction("amax_dim", "a.amax({d})", FI),
    reduction("logsumexp", "a.logsumexp({d})"),
    reduction("softmax", "a.softmax({d})", limit=4096),
    reduction("log_softmax", "a.log_softmax({d})", limit=4096),
    reduction("cumsum", "a.cumsum({d})", FI, limit=4096),
    reduction("cumprod", "a.cumprod({d})", FI, limit=4096, scales=[1.0, 0.5]),
    matrix("mm", "a @ b", ["mk", "kn"]),
    matrix("mv", "a @ b", ["mk", "k"]),
    matrix("dot", "torch.dot(a, b)", ["k", "k"]),
    matrix("bmm", "torch.bmm(a, b)", ["bmk", "bkn"]),
    loss("mse_loss", "F.mse_loss(a, b, reduction='{r}')"),
    loss("l1_loss", "F.l1_loss(a, b, reduction='{r}')"),
    loss("smooth_l1_loss", "F.smooth_l1_loss(a, b, reduction='{r}')"),
    loss("binary_cross_entropy", "F.binary_cross_entropy(a, b, reduction='{r}')", target="unit", input_kind="unit",
         specials=False),
    loss("bce_with_logits", "F.binary_cross_entropy_with_logits(a, b, reduction='{r}')", target="unit"),
    classification("cross_entropy", "F.cross_entropy(a, t, reduction='{r}')"),
    classification("nll_loss", "F.nll_loss(a.log_softmax(1), t, reduction='{r}')"),
    ternary("lerp", "torch.lerp(a, b, s)", numbers=[0.3, 0.5, 0.9, 0.1, 0.75]),
    ternary("lerp_tensor", "torch.lerp(a, b, c)"),
    ternary("addcmul", "torch.addcmul(a, b, c, value=s)", numbers=[1, 0.5, -0.001, 0.9]),
    ternary("addcdiv", "torch.addcdiv(a, b, c, value=s)", numbers=[1, 0.5, -0.001, 0.9]),
    gradient("grad_exp", "a.exp()"),
    gradient("grad_tanh", "a.tanh()"),
    gradient("grad_sigmoid", "a.sigmoid()"),
    gradient("grad_pow", "a ** 3"),
    gradient("grad_mean", "a.mean()"),
    gradient("grad_softmax", "a.softmax(-1) * a"),
    gradient("grad_log_softmax", "a.log_softmax(-1) * a"),
    gradient("grad_norm", "a.norm()"),
    gradient("grad_mse", "F.mse_loss(a, a.detach() * 0.5)"),
]
