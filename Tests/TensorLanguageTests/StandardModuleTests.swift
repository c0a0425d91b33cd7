import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct StandardModuleTests {
    @Test func randomWithAnIntegerSeedMatchesCPython() {
        let r = run(
            """
            import random
            random.seed(42)
            print(random.random(), random.randint(1, 100), random.getrandbits(70))
            random.seed(2**100)
            print(random.random())
            """)
        #expect(r.stdout == "0.6394267984578837 4 281774556622676705531\n0.7586581712996778\n")
    }

    @Test func randomSequencesDrawAsRandomPyDoes() {
        let r = run(
            """
            import random
            random.seed(7)
            d = list(range(6))
            random.shuffle(d)
            print(d, random.choice("abc"), random.sample(range(30), 3))
            """)
        #expect(r.stdout == "[4, 0, 5, 3, 1, 2] a [26, 17, 3]\n")
    }

    @Test func itertoolsProducesCPythonsOrders() {
        let r = run(
            """
            import itertools
            print(list(itertools.permutations("abc", 2)))
            print(list(itertools.combinations(range(4), 2)), list(itertools.islice(itertools.count(1, 3), 3)))
            """)
        #expect(
            r.stdout == """
                [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
                [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)] [1, 4, 7]

                """)
    }

    @Test func functoolsReducesAndPartiallyApplies() {
        let r = run("import functools\nprint(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(pow, 2)(8))")
        #expect(r.stdout == "24 256\n")
    }

    @Test func mathFsumAndGammaAgreeWithCPythonToTheLastDigit() {
        let r = run("import math\nprint(math.fsum([0.1] * 10), math.lgamma(4.5), math.gamma(4.5), math.comb(52, 5))")
        #expect(r.stdout == "1.0 2.453736570842443 11.631728396567446 2598960\n")
    }

    @Test func futureImportsAreAcceptedAndMainIsMain() {
        let r = run("from __future__ import annotations\nprint(__name__ == '__main__')")
        #expect(r.stdout == "True\n")
    }

    @Test func sysReportsCPythonsVersion() {
        let r = run("import sys\nprint(sys.version_info[:2], sys.version_info >= (3, 11), sys.stdout.write('x\\n'))")
        #expect(r.stdout == "x\n(3, 11) True 2\n")
    }
}
