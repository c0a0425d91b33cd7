# tags: lang classes
class Counter:
    instances = 0
    registry = []

    def __init__(self, name):
        Counter.instances += 1
        self.registry.append(name)
        self.name = name

    def describe(self):
        return f"{self.name} ({Counter.instances} made)"

a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, Counter.registry, b.describe())
a.instances = 100
print(a.instances, b.instances, Counter.instances)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))

class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer().make().where(), Outer.Inner.__qualname__, Outer.make.__qualname__)

def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory.__qualname__)

class Chain:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Chain().add(1).add(2).items)
