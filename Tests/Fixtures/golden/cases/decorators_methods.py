# tags: lang decorators classes
import functools

def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        result = f(*args, **kwargs)
        print(f"{f.__name__}{args[1:]} -> {result}")
        return result
    return wrapper

class Calc:
    def __init__(self, base):
        self.base = base

    @trace
    def add(self, x):
        return self.base + x

    @staticmethod
    @trace
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls, base):
        return cls(base)

c = Calc.make(10)
c.add(5)
Calc.twice(4)
print(Calc.add.__name__, Calc.add.__wrapped__.__name__)

def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(fib.cache))
