# tags: lang classes
print(type(1), type(1.5), type("s"), type([]), type(()), type({}), type(None), type(True))
print(type(1) == int, type(True) == bool, isinstance(True, int), issubclass(bool, int))
print(type(int), type(type), isinstance(int, type), isinstance(3, (str, int)))
print(int.__name__, str.__name__, type(len).__name__, type(lambda: 0).__name__)
print(int("7") + 1, float("2.5"), str(3), list((1, 2)), tuple([3]), dict(a=1))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance("", str))
print(ValueError.__mro__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(type(ValueError("x")), ValueError("x").args, type(ValueError))
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, len(ml), ml.total(), ml[1], isinstance(ml, list), type(ml).__name__, ml + [5])
class Config(dict):
    def __missing__(self, key):
        return "default"
c = Config(lr=0.1)
print(c["lr"], c["other"], len(c), "lr" in c, sorted(c.keys()))
o = object()
print(type(o), isinstance(o, object))
