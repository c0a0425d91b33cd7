# tags: lang
scale = lambda x, factor=2: x * factor
print(scale(3), scale(3, 10), scale(factor=4, x=1))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
key = lambda pair: (pair[1], pair[0])
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=key))

counter = 0


def increment(step=1):
    global counter
    counter += step
    return counter


increment()
increment(5)
print(counter)


def reset():
    global counter, created
    counter = 0
    created = "yes"


reset()
print(counter, created)
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda: "no args")())
