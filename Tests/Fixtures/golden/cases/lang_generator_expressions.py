# tags: lang
def noisy(n):
    for i in range(n):
        print("make", i)
        yield i


g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print("between")
print(list(g))
print(list(g))

evens = (n for n in range(20) if n % 2 == 0)
print(next(evens), next(evens), sum(evens))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]), sum(x * x for x in range(4)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(sorted(c for c in "hello"), tuple(i for i in range(3)), dict((k, k * 2) for k in "ab"))
nested = (sum(row) for row in [[1, 2], [3, 4]])
print(list(nested))
print(next((x for x in [] if x), "default"))
