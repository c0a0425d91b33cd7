# tags: lang
s = {3, 1, 2}
t = set([2, 3, 4, 5])
print(s, t, len(s), 2 in s, 7 not in s)
print(s | t, s & t, s - t, t - s, s ^ t)
print(s.union([9]), s.intersection(t, {3}), s.difference({1}), s.symmetric_difference([1, 10]))
print(s <= {1, 2, 3, 4}, s < s, s >= {1}, s.issubset(t), t.issuperset({4}), s.isdisjoint({7, 8}))
s.add(10)
s.update([11, 12], (13,))
s.discard(100)
s.remove(1)
print(s, sorted(s))
print(set(), set("aaa"), set(range(5)), {x % 3 for x in range(10)})
u = {1, 2}
u |= {3}
u &= {2, 3, 4}
u -= {9}
u ^= {5}
print(u)
print({1, 2} == {2, 1}, {1} == {1.0}, {True, 1, 1.0}, len({0, False, 0.0}))
c = s.copy()
c.clear()
print(c, s.pop(), len(s))
print(bool(set()), bool({0}), list({5, 4, 3}), tuple({2, 1}))
