# tags: lang classes errors
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__)
p.x = 10
print(p.x)
p.z = 3
