# tags: lang classes
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, scale=1):
        return self.k * x * scale

double = Multiplier(2)
print(double(5), double(5, scale=10), callable(double), callable(3))

class Tracker:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(("exit", exc_type.__name__ if exc_type else None))
        return exc_type is KeyError

with Tracker("t") as t:
    t.log.append("body")
print(t.log)

t2 = Tracker("u")
with t2:
    raise KeyError("swallowed")
print(t2.log)

t3 = Tracker("v")
try:
    with t3:
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e, t3.log)

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return name.upper()

z = Lazy()
print(z.real, z.anything, getattr(z, "other"))
