# tags: lang
a = [1, 2]
b = [1, 2]
c = a
print(id(a) == id(b), id(a) == id(c), a == b, a is c, a is b)
registry = {}
for obj in [a, b, c, {"k": 1}]:
    registry[id(obj)] = obj
print(len(registry))
d1 = {}
d2 = {}
print(id(d1) != id(d2), id(d1) == id(d1))
x = None
print(id(x) == id(None), id(True) == id(True))
print(isinstance(id(a), int), id(a) > 0)
