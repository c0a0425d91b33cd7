import Testing

@testable import TensorLanguage

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.serialized)
struct GeneratorTests {
    @Test func generatorBodyRunsOnlyAsValuesAreRequested() {
        let r = run(
            """
            def gen():
                print("start")
                yield 1
                print("middle")
                yield 2
                print("end")
            g = gen()
            print("made")
            print(next(g))
            print(next(g))
            print(list(g))
            """)
        #expect(r.stdout == "made\nstart\n1\nmiddle\n2\nend\n[]\n")
    }

    @Test func sendResumesTheYieldWithAValueAndReturnEndsWithStopIteration() {
        let r = run(
            """
            def acc():
                total = 0
                while True:
                    x = yield total
                    if x is None:
                        return total
                    total += x
            g = acc()
            print(next(g), g.send(3), g.send(4))
            try:
                g.send(None)
            except StopIteration as e:
                print("stop", e.args)
            """)
        #expect(r.stdout == "0 3 7\nstop (7,)\n")
    }

    @Test func yieldFromDelegatesAndReturnsTheInnerValue() {
        let r = run(
            """
            def inner():
                x = yield "a"
                yield x * 2
                return "done"
            def outer():
                r = yield from inner()
                yield r
            g = outer()
            print(next(g), g.send(21), next(g))
            """)
        #expect(r.stdout == "a 42 done\n")
    }

    @Test func generatorExpressionsAreLazy() {
        let r = run(
            """
            def noisy(n):
                for i in range(n):
                    print("make", i)
                    yield i
            g = (x * 10 for x in noisy(2))
            print("created")
            print(next(g), list(g))
            """)
        #expect(r.stdout == "created\nmake 0\nmake 1\n0 [10]\n")
    }

    @Test func closeAndDroppingAnUnfinishedGeneratorRunFinally() {
        let r = run(
            """
            def res(name):
                try:
                    yield 1
                finally:
                    print("closed", name)
            a = res("a")
            next(a)
            a.close()
            b = res("b")
            next(b)
            b = None
            print("end")
            """)
        #expect(r.stdout == "closed a\nclosed b\nend\n")
    }

    @Test func anErrorInAGeneratorCarriesItsFrameAndTheForLine() {
        let r = run(
            """
            def bad():
                yield 1
                raise ValueError("boom")
            for v in bad():
                pass
            """)
        #expect(
            r.stderr == """
                Traceback (most recent call last):
                  File "test.py", line 4, in <module>
                    for v in bad():
                  File "test.py", line 3, in bad
                    raise ValueError("boom")
                ValueError: boom

                """)
    }

    @Test func aGeneratorCannotResumeItself() {
        let r = run(
            """
            def selfish():
                yield next(g)
            g = selfish()
            next(g)
            """)
        #expect(r.stderr.hasSuffix("ValueError: generator already executing\n"))
        #expect(r.outcome == .failed(exceptionName: "ValueError"))
    }

    @Test func stopIterationInsideABodyBecomesRuntimeError() {
        let r = run(
            """
            def leaky():
                yield next(iter([]))
            list(leaky())
            """)
        #expect(r.stderr.hasSuffix("RuntimeError: generator raised StopIteration\n"))
    }

    @Test func suspendedGeneratorsDoNotLeaveThreadsBehind() {
        let before = Self.threadCount()
        let r = run(
            """
            def gen(i):
                yield i
                yield i + 1
            held = [gen(i) for i in range(200)]
            print(sum(next(g) for g in held))
            held = None
            print("released")
            """)
        #expect(r.stdout == "19900\nreleased\n")
        // Threads end once their generator is closed; give the scheduler a moment.
        var after = Self.threadCount()
        for _ in 0..<50 where after > before {
            usleep(10_000)
            after = Self.threadCount()
        }
        #expect(after <= before)
    }

    @Test func ctrlCInsideAGeneratorRaisesKeyboardInterrupt() {
        var out = ""
        var err = ""
        let session = Session(sink: TextSink(write: { out += $0 }, writeError: { err += $0 }))
        var polls = 0
        session.interruptCheck = {
            polls += 1
            return polls > 50
        }
        let outcome = session.run(
            source: """
                def forever():
                    while True:
                        yield 1
                for _ in forever():
                    pass
                """, fileName: "test.py")
        #expect(outcome == .failed(exceptionName: "KeyboardInterrupt"))
    }

    private static func threadCount() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        let line = text.split(separator: "\n").first { $0.hasPrefix("Threads:") }
        return Int(line?.split(separator: "\t").last ?? "") ?? 0
    }
}
