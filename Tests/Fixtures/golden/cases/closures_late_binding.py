# tags: lang closures
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])

def make_adders():
    adders = []
    for k in range(3):
        adders.append(lambda x: x + k)
    return adders
print([a(10) for a in make_adders()])

def outer():
    x = 1
    def show():
        return x
    x = 2
    return show
print(outer()())

def counter(start=0):
    count = start
    def increment(by=1):
        nonlocal count
        count += by
        return count
    def peek():
        return count
    return increment, peek

inc, peek = counter(10)
inc(); inc(5)
print(peek(), inc(), peek())

def three_levels():
    a = "a"
    def middle():
        b = "b"
        def inner():
            nonlocal b
            b = b + "!"
            return a + b
        return inner
    return middle()
f = three_levels()
print(f(), f())

def broken():
    def g():
        return y
    return g()
try:
    broken()
except NameError as e:
    print("NameError:", e)

def unbound():
    def g():
        return v
    r = g
    v = 5
    del v
    return r()
try:
    unbound()
except NameError as e:
    print("NameError:", e)
