# tags: lang classes errors
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"

class Plain:
    pass

a, b = OnlyRepr(), Both()
print(a, str(a), repr(a), [a], f"{a}", f"{a!r}")
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", (b, 1))
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()))
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(str(Plain()) == repr(Plain()) or True)

class BadRepr:
    def __repr__(self):
        return 42
repr(BadRepr())
