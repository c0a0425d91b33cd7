# tags: language
# range over ints beyond 64 bits, as CPython's big-int range: indexing, slicing, membership,
# iteration, reversal, equality, hash, count/index, and len()'s OverflowError only past 2**63 - 1.
r = range(2**64)
print(r, bool(r), r[5], r[-1], r[2**63], 2**63 in r, r[::2**62], r[1:2**65])
try:
    len(r)
except OverflowError as e:
    print('OverflowError:', e)
print(range(10).start, range(10).stop, range(10).step, r.stop, r.count(7), r.index(2**63))
print(r == range(0, 2**64), hash(range(3)) == hash(range(0, 3, 1)), hash(r) == hash(range(0, 2**64, 1)))
print(list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))))
print(len(range(2, 2**63 - 1, 2**63)), len(range(2**63, 2**63, 2**64)))
for index in (2**64, 2**100, -2**64 - 1):
    try:
        range(2**100)[index] if index == 2**100 else range(10)[index]
    except IndexError as e:
        print('IndexError:', e)
print(range(-2**70, 2**70, 2**68)[3], list(range(-2**70, 2**70, 2**68))[:2])
print(sum(range(2**63 - 3, 2**63 + 3)), max(range(2**64, 2**64 + 5)))
print(range(5)[::-1], range(2**64)[::-1], range(0, 2**64, 3)[2**62:])
print(range(0, 10, 2**70), len(range(0, 10, 2**70)), list(range(0, 10, 2**70)))
print(range(2**63 - 1)[-1], 7.0 in range(10), range(1, 2**64).index(2**63))
print(-2**31 in range(2**31 - 1, 15, -2**63 - 1), -1 in range(2**64, 10**20, 2**53))
print(range(10, -2**63 - 1, 2**64)[:2:2**53 + 1], list(range(2**63 - 1, 6, -2**63 - 1)[:4]))
print(next(enumerate(range(2**64, 2**64 + 2))), list(zip(range(2**64, 2**64 + 2), 'ab')))
print(list(reversed(range(0))), list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**63 - 3, 2**63 - 1))))
print(range(-2**63, 2**63)[2**63 + 5], range(-5, 5)[-2**64:2**64], range(3)[True], range(3).count(1.0), range(3).index(True))
print(range(2**64) == range(2**64), range(0, 3, 2**70) == range(0, 1), {range(3): 1}[range(0, 3)])
for bad in (lambda: range(-20, 1, -2**63 - 1)[1], lambda: range(2**64).index(-1), lambda: range(3).index('a'),
            lambda: range(1, 2, 0), lambda: range(), lambda: range(3)['a'], lambda: range(3)[::0]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
