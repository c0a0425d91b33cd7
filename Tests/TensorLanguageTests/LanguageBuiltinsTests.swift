import Testing

@testable import TensorLanguage

@Suite(.serialized)
struct LanguageBuiltinsTests {
    @Test func starredTargetsTakeTheRestAsAList() {
        let r = run("a, *b = [1, 2, 3]\n*c, d = 'xy'\ne, *f, g = range(2)\nprint(a, b, c, d, e, f, g)")
        #expect(r.stdout == "1 [2, 3] ['x'] y 0 [] 1\n")
    }

    @Test func starredTargetsReportTooFewValuesAsCPythonDoes() {
        let r = run("a, b, *c = [1]")
        #expect(r.stderr.hasSuffix("ValueError: not enough values to unpack (expected at least 2, got 1)\n"))
    }

    @Test func walrusBindsInTheEnclosingFunctionNotTheComprehension() {
        let r = run(
            """
            def f():
                ys = [y := x * 2 for x in range(3)]
                return y, ys
            print(f())
            print('y' in globals() if False else "ok")
            """)
        #expect(r.stdout == "(4, [0, 2, 4])\nok\n")
    }

    @Test func sortIsStableWithKeyAndReverse() {
        let r = run(
            """
            pairs = [("b", 1), ("a", 2), ("c", 1), ("d", 2)]
            print(sorted(pairs, key=lambda p: p[1], reverse=True))
            pairs.sort(key=lambda p: p[1])
            print(pairs)
            """)
        #expect(
            r.stdout
                == "[('a', 2), ('d', 2), ('b', 1), ('c', 1)]\n[('b', 1), ('c', 1), ('a', 2), ('d', 2)]\n")
    }

    @Test func minAndMaxTakeKeyAndDefault() {
        let r = run(
            "print(min([3, -5, 2], key=abs), max([], default='none'), max(1, 9, 4))\nmin([], default=1, key=abs)\nmin(1, 2, default=0)"
        )
        #expect(r.stdout == "2 none 9\n")
        #expect(r.stderr.hasSuffix("TypeError: Cannot specify a default for min() with multiple positional arguments\n"))
    }

    @Test func idIsDistinctForDistinctLiveObjectsAndStableForOne() {
        let r = run("a = []\nb = []\nprint(id(a) == id(b), id(a) == id(a), len({id(x) for x in [a, b, {}, {}]}))")
        #expect(r.stdout == "False True 4\n")
    }

    @Test func mapFilterAndZipAreLazy() {
        let r = run(
            """
            def f(x):
                print("f", x)
                return x
            m = map(f, [1, 2])
            print("made")
            print(next(m))
            print(list(zip([1, 2, 3], "ab")), list(filter(None, [0, 3, ""])))
            """)
        #expect(r.stdout == "made\nf 1\n1\n[(1, 'a'), (2, 'b')] [3]\n")
    }

    @Test func iterWithASentinelCallsUntilItAppears() {
        let r = run("n = [0]\ndef f():\n    n[0] += 1\n    return n[0]\nprint(list(iter(f, 3)))")
        #expect(r.stdout == "[1, 2]\n")
    }

    @Test func numericBuiltinsFollowCPython() {
        let r = run("print(divmod(-7, 2), pow(3, -1, 7), pow(2, 100, 1000), bin(-5), hex(255), oct(8), chr(955), ord('A'))")
        #expect(r.stdout == "(-4, 1) 5 376 -0b101 0xff 0o10 λ 65\n")
    }

    @Test func dictViewsAreLiveAndPrintLikeCPython() {
        let r = run("d = {'a': 1}\nk = d.keys()\nd['b'] = 2\nprint(k, d.values(), d.items(), 'b' in k)")
        #expect(r.stdout == "dict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)]) True\n")
    }
}

@Suite(.serialized)
struct PercentFormatTests {
    @Test func printfStyleFormattingMatchesCPython() {
        let r = run(
            "print('%d items cost %.2f' % (3, 9.5), '%05d|%-5s|%x' % (42, 'ab', 255), '%(n)s=%(v)r' % {'n': 'k', 'v': 'x'})")
        #expect(r.stdout == "3 items cost 9.50 00042|ab   |ff k='x'\n")
    }

    @Test func argumentCountMismatchesAreTypeErrors() {
        #expect(run("'%d %d' % (1,)").stderr.hasSuffix("TypeError: not enough arguments for format string\n"))
        #expect(
            run("'%d' % (1, 2)").stderr.hasSuffix("TypeError: not all arguments converted during string formatting\n"))
        #expect(run("'%q' % 1").stderr.hasSuffix("ValueError: unsupported format character 'q' (0x71) at index 1\n"))
    }
}

@Suite(.serialized)
struct StringAffixTests {
    @Test func startswithAndEndswithTakeTuplesAndBounds() {
        let r = run(
            "s = 'model.py'\nprint(s.endswith(('.txt', '.py')), s.startswith('del', 2), s.endswith('model', 0, 5), s.startswith('x'))"
        )
        #expect(r.stdout == "True True True False\n")
    }
}
