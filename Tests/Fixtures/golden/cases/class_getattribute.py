# tags: lang classes
class Logged:
    def __init__(self):
        self.seen = []
        self.value = 7

    def __getattribute__(self, name):
        if name not in ("seen", "__dict__"):
            object.__getattribute__(self, "seen").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"missing {name}"

o = Logged()
print(o.value, o.other, o.seen)

class Described:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        return 1

class Host:
    field = Described()

print(Host.__dict__["field"].name, Host.__dict__["field"].owner)

class Base:
    children = []
    def __init_subclass__(cls):
        Base.children.append(cls.__name__)

class Left(Base): pass
class Right(Base): pass
print(Base.children)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int])
