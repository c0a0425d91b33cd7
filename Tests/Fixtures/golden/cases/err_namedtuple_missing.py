# tags: lang errors
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
print(Pair(1, 2))
Pair(1)
