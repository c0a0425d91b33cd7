import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct SetTests {
    @Test func setsIterateInCPythonsTableOrder() {
        let r = run(
            """
            print({100, 5, 37, 8, 64, 1})
            s = set()
            for v in [100, 5, 37, 8, 64, 1]:
                s.add(v)
            print(s)
            print(set(range(20, 0, -3)))
            """)
        #expect(r.stdout == "{64, 1, 100, 5, 37, 8}\n{64, 1, 100, 37, 5, 8}\n{2, 5, 8, 11, 14, 17, 20}\n")
    }

    @Test func algebraKeepsTheLeftOperandsType() {
        let r = run(
            """
            a = frozenset({1, 2, 3})
            print(a | {4}, {4} | a, a & {2, 9}, a - {1}, a ^ {3, 4})
            print({1, 2} <= a, a > {1}, {1, 2} == frozenset([2, 1]))
            """)
        #expect(
            r.stdout
                == "frozenset({1, 2, 3, 4}) {1, 2, 3, 4} frozenset({2}) frozenset({2, 3}) frozenset({1, 2, 4})\nTrue True True\n")
    }

    @Test func hashesMatchCPython() {
        let r = run("print(hash(-1), hash(2**61), hash(1.5), hash((1, 2)), hash(frozenset({1, 2})))")
        #expect(r.stdout == "-2 1 1152921504606846977 -3550055125485641917 -1826646154956904602\n")
    }

    @Test func frozensetsAreDictKeysAndSetsAreNot() {
        let r = run(
            """
            d = {frozenset({1, 2}): "edge"}
            print(d[frozenset([2, 1])])
            d[{1}] = 0
            """)
        #expect(r.stdout == "edge\n")
        #expect(r.stderr.hasSuffix("TypeError: unhashable type: 'set'\n"))
    }

    @Test func removingAMissingElementRaisesKeyError() {
        let r = run("s = {1}\ns.discard(2)\ns.remove(2)")
        #expect(r.stderr.hasSuffix("KeyError: 2\n"))
    }

    @Test func changingASetWhileIteratingItRaises() {
        let r = run("s = {1, 2}\nfor v in s:\n    s.add(v + 10)")
        #expect(r.stderr.hasSuffix("RuntimeError: Set changed size during iteration\n"))
    }
}
