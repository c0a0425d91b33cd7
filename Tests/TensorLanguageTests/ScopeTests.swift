import Testing

@testable import TensorLanguage

/// Name resolution: local slots, global cells, comprehension scopes, closures.
/// Every expected output below is what CPython 3.11 printed for the same script.
@Suite(.serialized)
struct ScopeTests {
    @Test func readingALocalBeforeItIsAssignedIsUnboundLocalError() {
        let r = run(
            """
            def f():
                print(x)
                x = 1
            x = 5
            try:
                f()
            except UnboundLocalError as e:
                print("UnboundLocalError", e)
            except NameError:
                print("only NameError")
            """)
        #expect(r.stdout == "UnboundLocalError cannot access local variable 'x' where it is not associated with a value\n")
    }

    @Test func parametersDefaultsAndGlobals() {
        let r = run(
            """
            n = 10
            def g(a, b=2, *rest, k=3, **kw):
                total = a + b + k + len(rest) + len(kw) + n
                return total
            print(g(1), g(1, 5, 6, 7, k=0, z=1))
            def counter():
                global n
                n += 1
                return n
            print(counter(), counter(), n)
            def shadow():
                len = 3
                return len
            print(shadow(), len([1, 2]))
            """)
        #expect(r.stdout == "16 19\n11 12 12\n3 2\n")
    }

    @Test func nestedFunctionsComprehensionsAndRecursion() {
        let r = run(
            """
            def outer(v):
                w = v * 2
                def inner(u):
                    return u + v + w
                sq = [inner(i) for i in range(3)]
                return sq, (lambda q: q * w)(3)
            print(outer(5))
            def fib(k):
                return k if k < 2 else fib(k - 1) + fib(k - 2)
            print(fib(15))
            xs = [[j * i for j in range(3)] for i in range(3)]
            print(xs, [x for x in range(5) if x % 2])
            def loop_names():
                for i, (a, b) in enumerate([(1, 2), (3, 4)]):
                    last = a * b
                return i, a, b, last
            print(loop_names())
            """)
        #expect(r.stdout == "([15, 16, 17], 30)\n610\n[[0, 0, 0], [0, 1, 2], [0, 2, 4]] [1, 3]\n(1, 3, 4, 12)\n")
    }

    @Test func deletingALocalUnbindsIt() {
        let r = run(
            """
            def deleting():
                z = 1
                del z
                try:
                    return z
                except UnboundLocalError as e:
                    return str(e)
            print(deleting())
            """)
        #expect(r.stdout == "cannot access local variable 'z' where it is not associated with a value\n")
    }

    @Test func aCachedGlobalSeesRebindingAndDeletion() {
        let r = run(
            """
            def read():
                return value
            value = 1
            a = read()
            value = 2
            b = read()
            del value
            try:
                read()
            except NameError as e:
                print(a, b, e)
            """)
        #expect(r.stdout == "1 2 name 'value' is not defined\n")
    }

    @Test func aBuiltinShadowedByAGlobalLaterIsSeen() {
        let r = run(
            """
            def size(x):
                return len(x)
            first = size([1, 2, 3])
            len = lambda x: 99
            second = size([1, 2, 3])
            del len
            print(first, second, size([1]))
            """)
        #expect(r.stdout == "3 99 1\n")
    }
}
