# tags: lang classes
Point = type("Point", (), {"x": 1, "describe": lambda self: f"x={self.x}"})
p = Point()
print(p.describe(), Point.__name__, type(p) is Point)
Sub = type("Sub", (Point,), {"x": 2})
print(Sub().describe(), issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError("subclasses compute their area")

class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

shapes = [Square(2), Square(3)]
print([s.area() for s in shapes], sum(s.sides for s in shapes))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(getattr(Square, "area")(Square(5)), Square.area.__name__)
