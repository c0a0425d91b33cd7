# tags: lang closures errors
def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total
    def reset():
        nonlocal total
        total = 0
    add.reset = reset
    add.history = history
    return add

acc = make_accumulator()
acc(5); acc(10)
print(acc(1), acc.history)
acc.reset()
print(acc(2), acc.history)

def outer():
    fns = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name
        fns[name] = f
    g = lambda: name
    return fns, g
fns, g = outer()
print(fns["a"](), fns["b"](), g())

x = "global"
def scope_test():
    x = "enclosing"
    def inner():
        return x
    def rebind():
        global x
        x = "changed global"
    rebind()
    return inner()
print(scope_test(), x)

def gen_multipliers():
    return [lambda v, k=k: v * k for k in range(4)]
print([m(2) for m in gen_multipliers()])

class Cfg:
    scale = 3
    values = [scale * i for i in range(3)]
print(Cfg.values)
