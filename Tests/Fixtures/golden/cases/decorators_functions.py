# tags: lang decorators
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper

def repeat(n):
    def decorate(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return decorate

calls = []
def logged(f):
    calls.append(f.__name__)
    return f

@shout
def greet(name):
    return "hello " + name

@repeat(3)
def roll(x):
    return x * 2

@logged
@shout
def stacked():
    return "stack"

print(greet("wick"), roll(4), stacked(), calls)

def register(cls):
    cls.registered = True
    return cls

@register
class Layer:
    pass

print(Layer.registered)

counter = {"n": 0}
def count_calls(f):
    def inner(*a):
        counter["n"] += 1
        return f(*a)
    inner.original = f
    return inner

@count_calls
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), counter, add.original(5, 5), add.__name__)
