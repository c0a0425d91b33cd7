# tags: lang classes
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, -a, +a, abs(b), a @ b, a ** 2)
print(a + 1, 1 + a, sum([a, b, Vec(1, 1)], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
print(str(a), repr(a), f"{a}", [a, b], (a,), {"k": a})
