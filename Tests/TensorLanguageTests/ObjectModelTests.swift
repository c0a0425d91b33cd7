import Testing

@testable import TensorLanguage

/// The object model: type objects, classes, descriptors, special methods, decorators, closures.
/// Every expected output below is what CPython 3.11 printed for the same script.
@Suite(.serialized)
struct ObjectModelTests {
    private func run(_ source: String) -> (stdout: String, stderr: String, outcome: RunOutcome) {
        ScriptRunner.run(source)
    }

    @Test func c3LinearizationOfADiamond() {
        let r = run(
            """
            class A: pass
            class B(A): pass
            class C(A): pass
            class D(B, C): pass
            print([k.__name__ for k in D.__mro__])
            """)
        #expect(r.stdout == "['D', 'B', 'C', 'A', 'object']\n")
    }

    @Test func inconsistentBasesRaiseCPythonsTypeError() {
        let r = run(
            """
            class X: pass
            class Z(X): pass
            class Bad(X, Z): pass
            """)
        #expect(r.stderr.hasSuffix("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Z\n"))
    }

    @Test func builtinTypesAreCanonicalTypeObjects() {
        let r = run("print(type(1) == int, type(1.0) is float, type([]) is list, type(torch.ones(1)) is torch.Tensor)")
        #expect(r.stdout == "True True True True\n")
    }

    @Test func dataDescriptorWinsOverInstanceDict() {
        let r = run(
            """
            class P:
                @property
                def x(self): return 1
            p = P()
            p.__dict__['x'] = 5
            print(p.x)
            """)
        #expect(r.stdout == "1\n")
    }

    @Test func zeroArgumentSuperFollowsTheInstancesMRO() {
        let r = run(
            """
            class A:
                def f(self): return "A"
            class B(A):
                def f(self): return "B" + super().f()
            class C(A):
                def f(self): return "C" + super().f()
            class D(B, C):
                def f(self): return "D" + super().f()
            print(D().f())
            """)
        #expect(r.stdout == "DBCA\n")
    }

    @Test func reflectedOperandIsTriedAfterNotImplemented() {
        let r = run(
            """
            class V:
                def __init__(self, x): self.x = x
                def __add__(self, o): return NotImplemented
                def __radd__(self, o): return "radd"
            class W:
                def __add__(self, o): return "W.add"
            print(1 + V(1), W() + V(2))
            """)
        #expect(r.stdout == "radd W.add\n")
    }

    @Test func subclassReflectedMethodGoesFirst() {
        let r = run(
            """
            class A:
                def __add__(self, o): return "A.add"
            class B(A):
                def __radd__(self, o): return "B.radd"
            print(A() + B())
            """)
        #expect(r.stdout == "B.radd\n")
    }

    @Test func unsupportedOperandNamesBothClasses() {
        let r = run(
            """
            class Foo: pass
            Foo() + 1
            """)
        #expect(r.stderr.hasSuffix("TypeError: unsupported operand type(s) for +: 'Foo' and 'int'\n"))
    }

    @Test func userHashAndEqualityFindDictKeys() {
        let r = run(
            """
            class K:
                def __init__(self, v): self.v = v
                def __eq__(self, o): return self.v == o.v
                def __hash__(self): return hash(self.v)
            d = {K(1): "one"}
            print(d[K(1)], K(1) in d, len({K(2): 0, K(2): 1}))
            """)
        #expect(r.stdout == "one True 1\n")
    }

    @Test func definingEqualityWithoutHashMakesInstancesUnhashable() {
        let r = run(
            """
            class E:
                def __eq__(self, o): return True
            print(E.__hash__)
            {E(): 1}
            """)
        #expect(r.stdout == "None\n")
        #expect(r.stderr.hasSuffix("TypeError: unhashable type: 'E'\n"))
    }

    @Test func closuresBindLate() {
        let r = run("print([f() for f in [lambda: i for i in range(3)]])")
        #expect(r.stdout == "[2, 2, 2]\n")
    }

    @Test func nonlocalRebindsTheEnclosingVariable() {
        let r = run(
            """
            def make():
                n = 0
                def inc():
                    nonlocal n
                    n += 1
                    return n
                return inc
            f = make()
            f(); f()
            print(f())
            """)
        #expect(r.stdout == "3\n")
    }

    @Test func nonlocalWithoutABindingIsASyntaxError() {
        let r = run(
            """
            def f():
                def g():
                    nonlocal missing
                    missing = 1
                return g
            f()
            """)
        #expect(r.stderr.hasSuffix("SyntaxError: no binding for nonlocal 'missing' found\n"))
    }

    @Test func decoratorsApplyInnermostFirst() {
        let r = run(
            """
            def tag(t):
                def deco(f):
                    return lambda: t + f()
                return deco
            @tag("a")
            @tag("b")
            def f(): return "!"
            print(f())
            """)
        #expect(r.stdout == "ab!\n")
    }

    @Test func noGradDecoratorTurnsOffRecording() {
        let r = run(
            """
            x = torch.ones(2, requires_grad=True)
            @torch.no_grad()
            def f(t): return t * 2
            print(f(x).requires_grad, (x * 2).requires_grad)
            """)
        #expect(r.stdout == "False True\n")
    }

    @Test func userExceptionIsRaisedCaughtAndPrintedByName() {
        let r = run(
            """
            class Oops(ValueError):
                def __init__(self, code):
                    super().__init__(f"code {code}")
                    self.code = code
            try:
                raise Oops(3)
            except ValueError as e:
                print(e.code, e, repr(e))
            raise Oops(4)
            """)
        #expect(r.stdout == "3 code 3 Oops('code 3')\n")
        #expect(r.stderr.hasSuffix("Oops: code 4\n"))
        #expect(r.outcome == .failed(exceptionName: "Oops"))
    }

    @Test func missingArgumentMessageUsesTheQualifiedName() {
        let r = run(
            """
            class M:
                def __init__(self, a, b): pass
            M(1)
            """)
        #expect(r.stderr.hasSuffix("TypeError: M.__init__() missing 1 required positional argument: 'b'\n"))
    }

    @Test func attributeErrorSuggestsTheClosestName() {
        let r = run(
            """
            class M:
                def forward(self): pass
            M().forwrd
            """)
        #expect(r.stderr.hasSuffix("AttributeError: 'M' object has no attribute 'forwrd'. Did you mean: 'forward'?\n"))
    }

    @Test func bareRaiseReraisesTheHandledException() {
        let r = run(
            """
            try:
                try:
                    raise KeyError("k")
                except KeyError:
                    raise
            except KeyError as e:
                print("again", repr(e))
            """)
        #expect(r.stdout == "again KeyError('k')\n")
    }

    @Test func contextManagerExitCanSuppress() {
        let r = run(
            """
            class Quiet:
                def __enter__(self): return "entered"
                def __exit__(self, t, e, tb): return True
            with Quiet() as q:
                raise RuntimeError("hidden")
            print(q)
            """)
        #expect(r.stdout == "entered\n")
    }

    @Test func builtinSubclassesKeepTheirValue() {
        let r = run(
            """
            class L(list):
                def total(self): return sum(self)
            l = L([1, 2])
            l.append(3)
            class D(dict):
                def __missing__(self, k): return 0
            d = D(a=1)
            print(l, l.total(), len(l), d["a"], d["b"])
            """)
        #expect(r.stdout == "[1, 2, 3] 6 3 1 0\n")
    }

    @Test func longChainsOfInstancesAreFreedWithoutRecursion() {
        let r = run(
            """
            class Node:
                def __init__(self, nxt): self.nxt = nxt
            head = None
            for i in range(200000):
                head = Node(head)
            head = None
            print("freed")
            """)
        #expect(r.stdout == "freed\n")
    }
}
