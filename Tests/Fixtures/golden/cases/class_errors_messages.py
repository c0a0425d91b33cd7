# tags: lang classes errors
class Model:
    def __init__(self, width, depth):
        self.width = width
        self.depth = depth
    def forward(self, x):
        return x * self.width

m = Model(2, 3)
for attempt in [
    lambda: Model(1),
    lambda: Model(1, 2, 3),
    lambda: Model(1, depth=2, width=3),
    lambda: m.forward(),
    lambda: m.widht,
    lambda: m + 1,
    lambda: 1 - m,
    lambda: -m,
    lambda: m < m,
    lambda: len(m),
    lambda: m[0],
    lambda: m(),
    lambda: iter(m),
    lambda: Model.nothing,
    lambda: object().x,
]:
    try:
        attempt()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
m.forwrd(1)
