# tags: lang
print({100, 5, 37, 8, 64, 1})
print(set(range(20, 0, -3)))
print({-1, -5, 0, 7, 2**40, 2**62})
big = set()
for i in range(40):
    big.add(i * 7 % 50)
print(big)
for i in range(0, 40, 3):
    big.discard(i)
print(big)
big.add(1000)
big.add(3)
print(big, len(big))
print({(1, 2), (0, 0), (2, 1)} == {(2, 1), (0, 0), (1, 2)})
print({1.5, 2.5, 0.25})
print({8, 16, 24, 32, 40})
popped = [big.pop() for _ in range(5)]
print(popped, len(big))
print(frozenset([3, 1, 2]), frozenset())
