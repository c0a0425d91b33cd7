# tags: lang classes errors
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash((self.major, self.minor))
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a < b, b > a, a <= c, b >= a, a == 3, a != "x")
print(sorted([b, a, Version(0, 9)]), max([a, b]), min([a, b]))
d = {a: "first"}
d[c] = "same key"
d[b] = "other"
print(d, len(d), d[Version(1, 2)])
print(a in [b, c], Version(2, 0) in [a, b])

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, {p: 1}[p])

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash() == 5, NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
Version(1, 0) < 5
