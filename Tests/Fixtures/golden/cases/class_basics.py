# tags: lang classes
class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(type(p).__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(type(p) is Point, type(p) == Point, p.__class__ is Point)
q = Point(1)
q.dims = 5
print(q.dims, Point.dims, p.dims, vars(q))
Point.dims = 3
print(p.dims, q.dims)
print(hasattr(p, "x"), hasattr(p, "z"), getattr(p, "z", "none"))
setattr(p, "z", 9)
print(p.z, p.__dict__)
del p.z
print(hasattr(p, "z"))
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
