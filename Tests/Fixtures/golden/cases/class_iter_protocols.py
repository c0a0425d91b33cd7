# tags: lang classes
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        out = []
        while i < self.n:
            out.append(i * i)
            i += 1
        return iter(out)
    def __len__(self):
        return self.n
    def __reversed__(self):
        return iter(["r"])

r = Range2(4)
print(list(r), sum(r), max(r), sorted(r, reverse=True), len(r))
print(dict(zip("abcd", r)), list(enumerate(r))[1], [x for x in r if x % 2])
a, b, c, d = r
print(a, b, c, d, tuple(r), 9 in r, 5 in r)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]
    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None

m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m == Matrix([[1, 20], [3, 4]]), m != Matrix([[0]]))
print(Matrix.__hash__)
