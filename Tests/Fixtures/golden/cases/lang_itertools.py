# tags: lang
import itertools
from itertools import product, permutations, combinations

print(list(product("ab", [0, 1])), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2))[:5], list(permutations([], 0)))
print(list(combinations(range(5), 3)), list(combinations("ab", 3)), list(itertools.combinations_with_replacement("xy", 2)))
print(list(itertools.chain([1, 2], "ab", (None,))), list(itertools.chain.from_iterable(["xy", [0]])))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice("abcdefgh", 2, None, 3)), list(itertools.islice(range(10), 3)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2], initial=100)))
print(list(itertools.repeat("z", 3)), list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.zip_longest([1, 2, 3], "a", fillvalue=0)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda v: v < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda v: v < 4, [1, 3, 5, 2])))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")], [(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4], key=lambda v: v % 2)])
print(list(itertools.pairwise("abcd")), list(itertools.filterfalse(lambda v: v % 2, range(6))))
print(sum(1 for _ in combinations(range(10), 4)), len(list(permutations(range(5)))))
