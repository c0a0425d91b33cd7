# tags: lang
import functools
from functools import reduce, partial

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, ["x", "y", "z"], ">"), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, v: acc + [v * 2], [1, 2], []))
square_then = partial(pow, exp=2)
print(square_then(7), partial(int, base=2)("101") if False else partial(max, 0)(-5, -2))
greet = partial(print, "hello", sep=", ")
greet("world")
greet("you", sep="; ")
print(partial(sorted, key=len)(["ccc", "a", "bb"]), partial(divmod, 17).args)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = functools.lru_cache(maxsize=None)(fib)


print(fib(80), fib.cache_info().hits > 0)
slow_calls = []


def square(x):
    slow_calls.append(x)
    return x * x


fast = functools.lru_cache(maxsize=None)(square)
print([fast(v) for v in [2, 3, 2, 2, 3]], slow_calls)
