# tags: lang
from collections import namedtuple, OrderedDict

Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p), list(p))
x, y = p
print((x * x + y * y) ** 0.5, isinstance(p, tuple), Point, type(p))
print(p._asdict(), p._replace(y=0), Point._fields, Point._make([5, 6]))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(3, 0), Point(1, 9)))
print({p: "origin-ish"}[(3, 4)], hash(p) == hash((3, 4)))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), Card("K", "hearts"), Card(suit="clubs", rank="Q"))
od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
od.move_to_end("first")
print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
od["zero"] = 0
od.move_to_end("zero", last=False)
print(od, OrderedDict(), OrderedDict(a=1), type(od))
