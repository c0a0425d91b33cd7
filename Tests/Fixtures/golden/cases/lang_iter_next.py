# tags: lang
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
chars = iter("ab")
print(list(chars), list(chars))
lines = ["first", "second", "", "never"]
pos = iter(lines)
for line in iter(lambda: next(pos), ""):
    print("line:", line)
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 4)))
r = iter(range(3))
print(next(r), list(r))
d = iter({"x": 1, "y": 2})
print(next(d), next(d), next(d, None))
