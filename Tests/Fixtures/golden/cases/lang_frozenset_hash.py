# tags: lang
edges = {frozenset({1, 2}): "a-b", frozenset({2, 3}): "b-c"}
print(edges[frozenset([2, 1])], frozenset({1, 2}) in edges)
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**64)))
print(hash(1.0), hash(1.5), hash(0.1), hash(-2.75), hash(1e100), hash(float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((1.5, -1)))
print(hash(True), hash(False), hash(10**20))
seen = set()
for point in [(0, 0), (1, 2), (0, 0), (2, 1), (1, 2)]:
    seen.add(point)
print(len(seen), sorted(seen))
groups = {frozenset(s) for s in [[1, 2], [2, 1], [3]]}
print(len(groups))
