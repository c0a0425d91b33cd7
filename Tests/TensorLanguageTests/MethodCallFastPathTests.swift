import Testing

@testable import TensorLanguage

/// Method calls skip the bound method and remember look-ups through the MRO; both must see every
/// change to a class as CPython does (expected output is what CPython 3.11 printed).
@Suite(.serialized)
struct MethodCallFastPathTests {
    @Test func cachedLookupsFollowChangesToClassesAndInstances() {
        let r = run(
            """
            class Base:
                def f(self, x):
                    return "base", x
            class A(Base):
                def g(self):
                    return self.f(1)
            a = A()
            print(a.g(), a.f(2))
            A.f = lambda self, x: ("A", x)
            print(a.g())
            del A.f
            print(a.g())
            Base.f = lambda self, x: ("new base", x)
            print(a.g())
            a.f = lambda x: ("own", x)
            print(a.g())
            del a.f
            class B(A):
                def __getattribute__(self, name):
                    if name == "f":
                        return lambda x: ("intercepted", x)
                    return object.__getattribute__(self, name)
            print(B().g())
            class C:
                def __call__(self, x):
                    return x + 1
            c = C()
            print(c(1))
            C.__call__ = lambda self, x: x * 10
            print(c(2))
            setattr(Base, "f", lambda self, *xs, **kw: (xs, sorted(kw)))
            print(a.f(1, 2, k=3))
            T = type("T", (A,), {"f": lambda self, x: ("T", x)})
            t = T()
            print(t.g())
            T.f = lambda self, x: ("T2", x)
            print(t.g())
            """)
        #expect(
            r.stdout == """
                ('base', 1) ('base', 2)
                ('A', 1)
                ('base', 1)
                ('new base', 1)
                ('own', 1)
                ('intercepted', 1)
                2
                20
                ((1, 2), ['k'])
                ('T', 1)
                ('T2', 1)

                """)
    }
}
