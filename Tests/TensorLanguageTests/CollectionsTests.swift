import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct CollectionsTests {
    @Test func defaultdictFillsMissingKeysFromItsFactory() {
        let r = run(
            "from collections import defaultdict\nd = defaultdict(list)\nd['a'].append(1)\nprint(d, d['b'], isinstance(d, dict))")
        #expect(r.stdout == "defaultdict(<class 'list'>, {'a': [1], 'b': []}) [] True\n")
    }

    @Test func counterCountsAndOrdersByCount() {
        let r = run(
            "from collections import Counter\nc = Counter('abbccc')\nprint(c, c['z'], c.most_common(1), c + Counter(a=2))")
        #expect(r.stdout == "Counter({'c': 3, 'b': 2, 'a': 1}) 0 [('c', 3)] Counter({'a': 3, 'c': 3, 'b': 2})\n")
    }

    @Test func orderedDictMovesAndPopsAtBothEnds() {
        let r = run(
            "from collections import OrderedDict\no = OrderedDict(a=1, b=2, c=3)\no.move_to_end('a')\nprint(o, o.popitem(last=False))"
        )
        #expect(r.stdout == "OrderedDict([('c', 3), ('a', 1)]) ('b', 2)\n")
    }

    @Test func namedtuplesAreTuplesWithNamedFields() {
        let r = run(
            """
            from collections import namedtuple
            P = namedtuple('P', 'x y', defaults=[0])
            p = P(1)
            print(p, p.x, p == (1, 0), p < (2, 0), {p: 1}[(1, 0)], P._fields)
            P()
            """)
        #expect(r.stdout == "P(x=1, y=0) 1 True True 1 ('x', 'y')\n")
        #expect(r.stderr.hasSuffix("TypeError: P.__new__() missing 1 required positional argument: 'x'\n"))
    }
}
