# tags: lang
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "wick"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b = (9,)
print(a, b)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
[p, *q] = {"k": 1, "j": 2}
print(p, q)
for key, *values in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, values)
numbers = [5, 3, 8]
smallest, *_, largest = sorted(numbers)
print(smallest, largest, _)
a, b = b, a
print(a, b)
