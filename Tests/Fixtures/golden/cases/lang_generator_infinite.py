# tags: lang
import itertools


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fibonacci(), 15)))
f = fibonacci()
print([next(f) for _ in range(5)])
print(next(n for n in fibonacci() if n > 1000))


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(list(itertools.islice(primes(), 12)))
print(list(zip(range(3), fibonacci())))
for i, v in enumerate(fibonacci()):
    if v > 50:
        print("first above 50:", i, v)
        break
