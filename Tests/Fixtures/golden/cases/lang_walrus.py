# tags: lang
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
values = iter(data)
while (v := next(values, None)) is not None:
    print("value", v)
print([y for x in data if (y := x * 2) > 6])
print(y)


def running():
    total = 0
    sums = [total := total + x for x in [1, 2, 3]]
    return sums, total


print(running())
print((z := 5) + z)
